// Whether updates arrive live: a green dot when the stream is connected, a word when it is
// reconnecting, so an officer knows whether the inbox on screen can be trusted.

import { t } from "../i18n";
import { streamState } from "../stream";

export function LiveIndicator() {
  const state = streamState.value;
  if (state === "off") return null;
  const live = state === "live";
  return (
    <span class={live ? "live-indicator is-live" : "live-indicator"} role="status" data-state={state}>
      {t(live ? "live.on" : state === "retrying" ? "live.retrying" : "live.connecting")}
    </span>
  );
}
