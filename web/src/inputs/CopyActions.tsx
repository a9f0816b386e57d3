// What a recipient does with its copy: acknowledge with one tap, then report the action taken
// (outcome and what was done); or say the unit cannot act, with the reason the issuer will
// read; or forward the copy to a unit of the own agency (SHO to beat staff).

import { useSignal } from "@preact/signals";
import { ProblemNotice } from "../components/common";
import { unitName, units } from "../directory";
import { label, t } from "../i18n";
import { me } from "../session";
import { inputsApi, type Copy } from "./api";
import { awaitsAcknowledgement, OUTCOMES, type Outcome, type Transition } from "./types";

type Form = "report" | "flag" | "forward" | null;

export function CopyActions({ copy, changed }: { copy: Copy; changed: (copy: Copy) => void }) {
  const open = useSignal<Form>(null);
  const busy = useSignal(false);
  const error = useSignal<unknown>(null);
  const said = useSignal<string | null>(null);
  const outcome = useSignal<Outcome>("arrested");
  const text = useSignal("");
  const forwardTo = useSignal("");

  async function step(transition: Transition, done: string) {
    busy.value = true;
    error.value = null;
    try {
      const next = await inputsApi.step(copy.input, copy.id, transition);
      said.value = done;
      open.value = null;
      text.value = "";
      changed(next);
    } catch (failure) {
      error.value = failure;
    } finally {
      busy.value = false;
    }
  }

  const waiting = awaitsAcknowledgement(copy.state);
  const acknowledged = copy.state === "acknowledged";
  const ownUnits = [...units.value.values()].filter(
    (u) => u.agency === me.value?.agency.id && u.id !== copy.unit,
  );
  return (
    <div class="copy-actions-block">
      {said.value && (
        <p class="notice notice-success" role="status">
          {said.value}
        </p>
      )}
      <ProblemNotice error={error.value} />
      <div class="copy-actions">
        {waiting && (
          <button
            type="button"
            class="button-primary button-ack"
            disabled={busy.value}
            onClick={() => step({ action: "acknowledge" }, t("input.acknowledged"))}
          >
            {t("input.acknowledge")}
          </button>
        )}
        {acknowledged && (
          <button type="button" class="button" aria-expanded={open.value === "report"} onClick={() => (open.value = "report")}>
            {t("input.report")}
          </button>
        )}
        {(waiting || acknowledged) && (
          <>
            <button type="button" class="button" aria-expanded={open.value === "flag"} onClick={() => (open.value = "flag")}>
              {t("input.flag")}
            </button>
            <button type="button" class="button" aria-expanded={open.value === "forward"} onClick={() => (open.value = "forward")}>
              {t("input.forward")}
            </button>
          </>
        )}
      </div>

      {open.value === "report" && (
        <form
          class="stack form-narrow"
          onSubmit={(e) => {
            e.preventDefault();
            step({ action: "report_action", outcome: outcome.value, text: text.value.trim() }, t("input.reported"));
          }}
        >
          <div class="field">
            <label for="report-outcome">{t("input.outcome")}</label>
            <select id="report-outcome" value={outcome.value} onChange={(e) => (outcome.value = e.currentTarget.value as Outcome)}>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {label("outcome", o)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="report-text">{t("input.report_text")}</label>
            <textarea
              id="report-text"
              rows={4}
              required={outcome.value === "other"}
              maxLength={4000}
              value={text.value}
              onInput={(e) => (text.value = e.currentTarget.value)}
            />
          </div>
          <SendOrCancel send={t("input.report_send")} busy={busy.value} cancel={() => (open.value = null)} />
        </form>
      )}

      {open.value === "flag" && (
        <form
          class="stack form-narrow"
          onSubmit={(e) => {
            e.preventDefault();
            step({ action: "flag", reason: text.value.trim() }, t("input.flagged"));
          }}
        >
          <div class="field">
            <label for="flag-reason">{t("input.flag_reason")}</label>
            <textarea
              id="flag-reason"
              rows={3}
              required
              maxLength={4000}
              value={text.value}
              onInput={(e) => (text.value = e.currentTarget.value)}
            />
          </div>
          <SendOrCancel send={t("input.flag_send")} busy={busy.value} cancel={() => (open.value = null)} />
        </form>
      )}

      {open.value === "forward" && (
        <form
          class="stack form-narrow"
          onSubmit={(e) => {
            e.preventDefault();
            if (!forwardTo.value) return;
            step(
              { action: "forward", to: { kind: "unit", id: forwardTo.value }, note: text.value.trim() },
              t("input.forwarded", { unit: unitName(forwardTo.value) }),
            );
          }}
        >
          <div class="field">
            <label for="forward-to">{t("input.forward_to")}</label>
            <select id="forward-to" required value={forwardTo.value} onChange={(e) => (forwardTo.value = e.currentTarget.value)}>
              <option value="">{t("common.choose")}</option>
              {ownUnits.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="forward-note">{t("input.forward_note")}</label>
            <input id="forward-note" maxLength={4000} value={text.value} onInput={(e) => (text.value = e.currentTarget.value)} />
          </div>
          <SendOrCancel send={t("input.forward_send")} busy={busy.value} cancel={() => (open.value = null)} />
        </form>
      )}
    </div>
  );
}

function SendOrCancel(props: { send: string; busy: boolean; cancel: () => void }) {
  return (
    <div class="actions">
      <button type="submit" class="button-primary" disabled={props.busy}>
        {props.send}
      </button>
      <button type="button" class="button" onClick={props.cancel}>
        {t("common.cancel")}
      </button>
    </div>
  );
}
