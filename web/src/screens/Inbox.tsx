// The inputs waiting for the user's unit: overdue and flash first, each with a live countdown
// to its acknowledgement deadline, and the counts; it refreshes itself when the stream says a
// new input arrived or a copy changed. Issuers also see the inputs they sent, observers the
// inputs they were named to watch.

import { useEffect } from "preact/hooks";
import { Link, Loading, PageTitle, ProblemNotice, useLoad } from "../components/common";
import { formatTime, label, t } from "../i18n";
import { inputsApi, type InboxEntry, type InputSummary } from "../inputs/api";
import { now, useTicking } from "../inputs/clock";
import { Countdown } from "../inputs/Countdown";
import { awaitsAcknowledgement, PRECEDENCES } from "../inputs/types";
import { isAnalyst } from "../session";
import { onStream } from "../stream";
import "../inputs/inputs.css";

export default function Inbox() {
  const inbox = useLoad(() => inputsApi.inbox(), []);
  const sent = useLoad(
    () => (isAnalyst.value ? inputsApi.issuedByOwnAgency().then((l) => l.inputs) : Promise.resolve([])),
    [],
  );
  // Inputs whose board the user (or its unit) was named to watch.
  const watching = useLoad(() => inputsApi.observing().then((l) => l.inputs), []);
  useEffect(() => {
    const stop = onStream("input_observers_changed", () => watching.reload());
    return stop;
  }, []);
  useEffect(() => {
    // Anything about inputs may change what waits here: read again.
    const stops = ["input_issued", "input_recipient_changed", "input_escalated"].map((kind) =>
      onStream(kind, () => inbox.reload()),
    );
    return () => stops.forEach((stop) => stop());
  }, []);
  // Lateness changes as time passes: the order follows the clock, not only the last answer.
  useTicking();
  const data = inbox.data;
  const items = data ? [...data.items].sort(urgency(now.value)) : [];
  return (
    <>
      <div class="row-between">
        <PageTitle>{t("inbox.title")}</PageTitle>
        {isAnalyst.value && (
          <Link href="/inputs/new" class="button button-primary">
            {t("nav.issue")}
          </Link>
        )}
      </div>
      <p class="hint">{t("inbox.intro")}</p>
      <ProblemNotice error={inbox.error} />
      {!data && inbox.loading && <Loading />}
      {data && (
        <p class="inbox-counts muted" role="status">
          {t("inbox.counts", {
            unacknowledged: data.counts.unacknowledged,
            overdue: data.counts.overdue,
            unread: data.counts.unread,
          })}
        </p>
      )}
      {data && items.length === 0 && <p>{t("inbox.none")}</p>}
      {items.length > 0 && (
        <ol class="inbox-list" aria-label={t("inbox.received")}>
          {items.map((item) => (
            <InboxRow key={item.copy.id} item={item} />
          ))}
        </ol>
      )}
      {watching.data && watching.data.length > 0 && (
        <section class="panel" aria-labelledby="watching-heading">
          <h2 id="watching-heading">{t("inbox.watching")}</h2>
          <InputList inputs={watching.data} />
        </section>
      )}
      {sent.data && sent.data.length > 0 && (
        <section class="panel" aria-labelledby="sent-heading">
          <h2 id="sent-heading">{t("inbox.sent")}</h2>
          <InputList inputs={sent.data} />
        </section>
      )}
    </>
  );
}

function InputList({ inputs }: { inputs: InputSummary[] }) {
  return (
    <ul class="plain-list">
      {inputs.map((input) => (
        <li key={input.id}>
          <span class={`chip precedence-chip precedence-${input.precedence}`}>
            {label("precedence", input.precedence)}
          </span>{" "}
          <Link href={`/inputs/${input.id}`}>{input.title}</Link>{" "}
          <span class="muted">· {formatTime(input.issued_at)}</span>
        </li>
      ))}
    </ul>
  );
}

function InboxRow({ item }: { item: InboxEntry }) {
  const { input, copy: recipient } = item;
  const open = awaitsAcknowledgement(recipient.state);
  const classes = ["inbox-item"];
  if (isLate(item, now.value)) classes.push("is-overdue");
  if (input.precedence === "flash") classes.push("is-flash");
  return (
    <li class={classes.join(" ")}>
      <div class="row-actions">
        <span class={`chip precedence-chip precedence-${input.precedence}`}>
          {label("precedence", input.precedence)}
        </span>
        <Link href={`/inputs/${input.id}`} class="inbox-title">
          {input.title}
        </Link>
      </div>
      <div class="doc-meta">
        <span>{label("input_kind", input.kind)}</span>
        <span>{label("required_action", input.required_action)}</span>
        <span>{t("inbox.from", { agency: `${input.issuer_agency_code} · ${input.issuer_unit_name}` })}</span>
        {item.reason === "escalated" && <span class="chip">{t("inbox.escalated", { unit: recipient.unit_name })}</span>}
        <span class={`state-${recipient.state}`}>{label("recipient_state", recipient.state)}</span>
        <Countdown deadline={recipient.ack_deadline} done={!open} />
      </div>
    </li>
  );
}

/** Not acknowledged and past its deadline at `at`. */
function isLate(item: InboxEntry, at: number): boolean {
  return awaitsAcknowledgement(item.copy.state) && Date.parse(item.copy.ack_deadline) < at;
}

/** Overdue first, then by precedence (flash first), then the nearest deadline. */
function urgency(at: number) {
  const late = (i: InboxEntry) => (isLate(i, at) ? 0 : 1);
  return (a: InboxEntry, b: InboxEntry) =>
    late(a) - late(b) ||
    PRECEDENCES.indexOf(a.input.precedence) - PRECEDENCES.indexOf(b.input.precedence) ||
    a.copy.ack_deadline.localeCompare(b.copy.ack_deadline);
}
