// The banner a new input raises in the shell, on whatever screen the user is: red and pulsing
// for flash (with a tone), plain for others; it stays until opened or dismissed.

import { alarm, tonesPlayed } from "../inputs/alarm";
import { t } from "../i18n";
import { navigate } from "../router";

export function AlarmBanner() {
  const a = alarm.value;
  if (!a) return null;
  const flash = a.precedence === "flash";
  return (
    <div
      class={flash ? "alarm-banner alarm-flash" : "alarm-banner"}
      role="alert"
      data-tones={tonesPlayed.value}
    >
      <span>{t(flash ? "alarm.flash" : "alarm.new", { title: a.title })}</span>
      <button
        type="button"
        class="button"
        onClick={() => {
          alarm.value = null;
          navigate(`/inputs/${a.input}`);
        }}
      >
        {t("alarm.open")}
      </button>
      <button type="button" class="button button-quiet" onClick={() => (alarm.value = null)}>
        {t("alarm.dismiss")}
      </button>
    </div>
  );
}
