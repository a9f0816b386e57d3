// What the live stream changes in the shell, whatever screen is open: the notifications and
// inputs badges, and for a new input the banner (with a tone for flash). Screens subscribe to
// the stream themselves for what they show.

import { refreshInputs, refreshNotifications } from "./attention";
import { followChannels } from "./channels/unread";
import { alarm, soundFlash } from "./inputs/alarm";
import { onReconnect, onStream, startStream, stopStream, whenStreamSessionEnds } from "./stream";

interface InputIssued {
  kind: "input_issued";
  input: string;
  title: string;
  precedence: string;
}

/** Starts the stream for the signed-in user; returns what stops it again. */
export function goLive(sessionEnded: () => void): () => void {
  whenStreamSessionEnds(sessionEnded);
  const refreshBadges = () => {
    refreshNotifications().catch(() => {});
    refreshInputs().catch(() => {});
  };
  const stops = [
    onStream("notification", () => refreshNotifications().catch(() => {})),
    onStream<InputIssued>("input_issued", ({ body }) => {
      alarm.value = { input: body.input, title: body.title, precedence: body.precedence };
      if (body.precedence === "flash") soundFlash();
      refreshInputs().catch(() => {});
    }),
    onStream("input_recipient_changed", () => refreshInputs().catch(() => {})),
    onStream("input_escalated", () => refreshInputs().catch(() => {})),
    // Whatever happened while the connection was down shows in fresh counts.
    onReconnect(refreshBadges),
    // My channels' unread counts.
    followChannels(),
  ];
  startStream();
  return () => {
    stopStream();
    stops.forEach((stop) => stop());
  };
}
