// One input: what it says, its classification and grading, the user's unit's copy with the
// steps it may take (one-tap acknowledge, report, cannot act, forward), and for the issuing
// agency (and the observers it names) the live status board of every recipient. Opening it marks the copy read.

import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { MarkingChips } from "../components/Marking";
import { RecordRefusal } from "../components/RecordRefusal";
import { Link, Loading, PageTitle, useLoad } from "../components/common";
import { loadUnits } from "../directory";
import { formatTime, label, t } from "../i18n";
import { inputsApi, type Board, type Copy } from "../inputs/api";
import { CopyActions } from "../inputs/CopyActions";
import { Countdown } from "../inputs/Countdown";
import { StatusBoard } from "../inputs/StatusBoard";
import { awaitsAcknowledgement } from "../inputs/types";
import { me } from "../session";
import { onStream } from "../stream";
import "../inputs/inputs.css";

export default function InputPage({ id }: { id: string }) {
  const loaded = useLoad(() => inputsApi.input(id), [id]);
  const copy = useSignal<Copy | null>(null);
  const board = useSignal<Board | null>(null);
  const detail = loaded.data;
  // The issuing agency, and the observers it names, see the board.
  const issuer = detail?.sees_board ?? false;

  useEffect(() => {
    loadUnits(me.value?.agency.id).catch(() => {});
  }, []);
  const loadBoard = () => inputsApi.board(id).then((b) => (board.value = b), () => {});
  // The user's own copy; opening the input marks it read.
  useEffect(() => {
    const mine = detail?.my_copies[0];
    copy.value = mine ?? null;
    if (mine?.state === "delivered")
      inputsApi.step(mine.input, mine.id, { action: "read" }).then(
        (next) => (copy.value = next),
        () => {},
      );
  }, [detail]);
  // Another officer of the unit may take the step first: the copy follows the stream.
  useEffect(
    () =>
      onStream<{ kind: string; recipient: string }>("input_recipient_changed", ({ body }) => {
        if (body.recipient === copy.value?.id) loaded.reload();
      }),
    [],
  );
  // The issuer's board, read again whenever the stream says a copy moved.
  useEffect(() => {
    if (!detail || !issuer) return;
    // The issuer names observers of any agency: their units' names come from the directory.
    if (detail.summary.issuer_agency === me.value?.agency.id) loadUnits().catch(() => {});
    loadBoard();
    const stops = ["input_recipient_changed", "input_escalated", "input_observers_changed"].map((kind) =>
      onStream<{ kind: string; input: string }>(kind, ({ body }) => {
        if (body.input === id) loadBoard();
      }),
    );
    return () => stops.forEach((stop) => stop());
  }, [detail, issuer]);

  if (loaded.loading && !detail) return <Loading />;
  if (loaded.error) return <RecordRefusal back="/inputs" backText={t("inbox.title")} error={loaded.error} />;
  const { input: i, summary, linked } = detail!;
  return (
    <article class="input-page">
      <p class="breadcrumb">
        <Link href="/inputs">{t("inbox.title")}</Link>
      </p>
      <p class="row-actions">
        <span class={`chip precedence-chip precedence-${i.precedence}`}>{label("precedence", i.precedence)}</span>
        <span class="chip">{label("input_kind", i.kind)}</span>
      </p>
      <PageTitle>{i.title}</PageTitle>
      <p class="muted">
        {t("input.issued", {
          time: formatTime(i.issued_at),
          agency: `${summary.issuer_unit_name}, ${summary.issuer_agency_code}`,
        })}
      </p>
      <MarkingChips marking={i.marking} />
      <dl class="facts">
        <div>
          <dt>{t("input.required_action")}</dt>
          <dd>{label("required_action", i.required_action)}</dd>
        </div>
        <div>
          <dt>{t("input.grading")}</dt>
          <dd>
            {summary.grading} · {label("reliability", i.grading.reliability)};{" "}
            {label("accuracy", String(i.grading.accuracy))}
          </dd>
        </div>
        {i.valid_until && (
          <div>
            <dt>{t("input.valid_until")}</dt>
            <dd>{formatTime(i.valid_until)}</dd>
          </div>
        )}
      </dl>
      <div class="input-body" lang={i.language === "hindi" ? "hi" : undefined}>
        {i.body}
      </div>
      {linked.length > 0 && (
        <section class="panel" aria-labelledby="linked-heading">
          <h2 id="linked-heading">{t("input.linked")}</h2>
          <ul class="plain-list">
            {linked.map((l) => (
              <li key={l.id}>
                <Link href={`/${l.kind === "person" ? "persons" : "organisations"}/${l.id}`}>{l.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {i.attachments && i.attachments.length > 0 && (
        <section class="panel" aria-labelledby="attachments-heading">
          <h2 id="attachments-heading">{t("input.attachments")}</h2>
          <ul class="plain-list">
            {i.attachments.map((digest, n) => (
              <li key={digest}>
                <a href={inputsApi.attachmentUrl(digest)} download>
                  {t("input.attachment_n", { n: n + 1 })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {copy.value && (
        <section class="panel your-copy" aria-labelledby="copy-heading">
          <h2 id="copy-heading">{t("input.your_copy")}</h2>
          <dl class="facts">
            <div>
              <dt>{t("input.state")}</dt>
              <dd class={`state-${copy.value.state}`}>{label("recipient_state", copy.value.state)}</dd>
            </div>
            <div>
              <dt>{t("input.deadline")}</dt>
              <dd>
                {formatTime(copy.value.ack_deadline)} ·{" "}
                <Countdown deadline={copy.value.ack_deadline} done={!awaitsAcknowledgement(copy.value.state)} />
              </dd>
            </div>
          </dl>
          <CopyActions copy={copy.value} changed={(next) => (copy.value = next)} />
        </section>
      )}

      {issuer && board.value && <StatusBoard board={board.value} changed={loadBoard} />}
    </article>
  );
}
