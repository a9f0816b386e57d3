// What the live stream changes in the shell, whatever screen is open: the notifications
// badge. Screens subscribe to the stream themselves for what they show.

import { refreshNotifications } from "./attention";
import { onReconnect, onStream, startStream, stopStream, whenStreamSessionEnds } from "./stream";

/** Starts the stream for the signed-in user; returns what stops it again. */
export function goLive(sessionEnded: () => void): () => void {
  whenStreamSessionEnds(sessionEnded);
  const refreshBadges = () => {
    refreshNotifications().catch(() => {});
  };
  const stops = [
    onStream("notification", () => refreshNotifications().catch(() => {})),
    // Whatever happened while the connection was down shows in fresh counts.
    onReconnect(refreshBadges),
  ];
  startStream();
  return () => {
    stopStream();
    stops.forEach((stop) => stop());
  };
}
