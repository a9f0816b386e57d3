// The issuer's board (also shown to the observers it names): every recipient unit of an input and where its copy stands — delivered,
// read, acknowledged, action reported or "cannot act" with the reason — with the time left or
// overdue, kept current by the stream.

import { Cell, ProblemNotice } from "../components/common";
import { useSignal } from "@preact/signals";
import { formatTime, label, t } from "../i18n";
import { Countdown } from "./Countdown";
import { inputsApi, type Board, type Copy } from "./api";
import { ObserverFields } from "./ObserverFields";
import { awaitsAcknowledgement, type Observer } from "./types";

export function StatusBoard({ board, changed }: { board: Board; changed?: () => void }) {
  const { recipients, totals } = board;
  const acknowledged = totals.acknowledged + totals.action_reported;
  return (
    <section class="panel status-board" aria-labelledby="board-heading">
      <h2 id="board-heading">{t("board.title")}</h2>
      <p class="hint">{t("board.intro")}</p>
      <p role="status" class="board-summary">
        {t("board.summary", {
          acknowledged,
          total: totals.copies,
          overdue: totals.overdue,
          flagged: totals.flagged,
        })}
      </p>
      <table class="cards">
        <thead>
          <tr>
            <th scope="col">{t("board.unit")}</th>
            <th scope="col">{t("board.state")}</th>
            <th scope="col">{t("board.deadline")}</th>
            <th scope="col">{t("board.last")}</th>
          </tr>
        </thead>
        <tbody>
          {recipients.map((r) => (
            <tr key={r.id} data-recipient={r.id}>
              <Cell label={t("board.unit")}>
                {r.unit_name}
                {r.username && ` · ${r.username}`}
                {r.forwarded_from && <span class="muted"> ({t("board.forwarded")})</span>}
              </Cell>
              <Cell label={t("board.state")}>
                <span class={`board-state state-${r.state}`}>{label("recipient_state", r.state)}</span>
              </Cell>
              <Cell label={t("board.deadline")}>
                <Countdown deadline={r.ack_deadline} done={!awaitsAcknowledgement(r.state)} />
              </Cell>
              <Cell label={t("board.last")}>
                <LastStep recipient={r} />
                {board.escalations
                  .filter((e) => e.recipient === r.id)
                  .map((e) => (
                    <span key={e.level} class="chip escalation-chip">
                      {t("board.escalated", { unit: e.to_unit_name, level: e.level })}
                    </span>
                  ))}
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
      <Observers board={board} changed={changed} />
    </section>
  );
}

/** Who watches the board besides the issuing agency; the issuing agency changes the list. */
function Observers({ board, changed }: { board: Board; changed?: () => void }) {
  const draft = useSignal<Observer[] | null>(null);
  const error = useSignal<unknown>(null);
  const saved = useSignal(false);
  const named = board.observers.map(({ kind, id }) => ({ kind, id }));
  if (!board.may_name_observers)
    return (
      <div class="board-observers">
        <h3>{t("observers.legend")}</h3>
        <ul class="plain-list observer-list" aria-label={t("observers.legend")}>
          {board.observers.map((o) => (
            <li key={o.id}>
              {o.name} <span class="muted">({o.agency_code})</span>
            </li>
          ))}
        </ul>
      </div>
    );
  const names = new Map(board.observers.map((o) => [o.id, `${o.name} (${o.agency_code})`]));
  async function save() {
    error.value = null;
    try {
      await inputsApi.setObservers(board.input.id, draft.value ?? named);
      draft.value = null;
      saved.value = true;
      changed?.();
    } catch (failure) {
      error.value = failure;
    }
  }
  return (
    <div class="board-observers">
      <ObserverFields
        chosen={draft.value ?? named}
        names={names}
        onChange={(next) => {
          draft.value = next;
          saved.value = false;
        }}
      />
      <div class="actions">
        <button type="button" class="button" onClick={save} disabled={draft.value === null}>
          {t("observers.save")}
        </button>
        {saved.value && <span role="status">{t("observers.saved")}</span>}
      </div>
      <ProblemNotice error={error.value} />
    </div>
  );
}

function LastStep({ recipient: r }: { recipient: Copy }) {
  if (r.state === "flagged") return <span class="state-flagged">{r.flag_reason}</span>;
  if (r.state === "action_reported")
    return (
      <span>
        {r.outcome && label("outcome", r.outcome)}
        {r.outcome_text && ` · ${r.outcome_text}`}
      </span>
    );
  const at = r.acknowledged_at ?? r.read_at ?? r.delivered_at;
  return <span class="muted">{formatTime(at)}</span>;
}
