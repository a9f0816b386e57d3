// Time left to acknowledge, counting down each second; once past, the time overdue in red.

import { t } from "../i18n";
import { now, formatSpan, useTicking } from "./clock";

export function Countdown({ deadline, done }: { deadline: string; done: boolean }) {
  useTicking();
  if (done) return <span class="countdown">{t("inbox.done")}</span>;
  const left = new Date(deadline).getTime() - now.value;
  const overdue = left < 0;
  return (
    <span class={overdue ? "countdown is-overdue" : "countdown"} data-deadline={deadline}>
      {overdue ? t("inbox.overdue", { time: formatSpan(left) }) : t("inbox.due_in", { time: formatSpan(left) })}
    </span>
  );
}
