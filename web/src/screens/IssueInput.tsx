// Issuing an input: what it says (either language), kind, precedence, required action, the
// source grading, validity, the targets — resolved to the recipient units and shown as a list
// and a plot before anything is sent — the observers who watch its status board, and the
// marking. Then its live status board opens.

import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { defaultMarking, markingRequest, type MarkingDraft } from "../components/MarkingPicker";
import { EnumSelect } from "../components/EnumSelect";
import { MarkedFormEnd } from "../components/RecordFormParts";
import { RepeatedRows } from "../components/RepeatedRows";
import { UnitMap } from "../components/UnitMap";
import { PageTitle, ProblemNotice } from "../components/common";
import { loadAgencies, loadGroups, loadUnits } from "../directory";
import { label, t } from "../i18n";
import { inputsApi, type Attachment, type TargetPreview } from "../inputs/api";
import { AttachmentFiles } from "../inputs/AttachmentFiles";
import { LinkedRecords, type LinkedRecord } from "../inputs/LinkedRecords";
import { ObserverFields } from "../inputs/ObserverFields";
import { blankTarget, targetOf, type TargetRow } from "../inputs/targetDraft";
import { TargetFields } from "../inputs/TargetFields";
import {
  ACCURACIES,
  INPUT_KINDS,
  PRECEDENCES,
  RELIABILITIES,
  REQUIRED_ACTIONS,
  type Accuracy,
  type InputContent,
  type Observer,
  type Target,
} from "../inputs/types";
import { navigate } from "../router";
import { promotedFields, promotedPersons, takeInputDraft } from "../channels/inputDraft";
import { LANGUAGES } from "../types";
import "../inputs/inputs.css";
import "../register/forms.css";

type Content = Omit<InputContent, "linked" | "attachments">;

export default function IssueInput() {
  const content = useSignal<Content>({
    title: "",
    body: "",
    language: "english",
    kind: "gang_movement",
    precedence: "immediate",
    required_action: "discreet_check_and_report",
    grading: { reliability: "B", accuracy: 2 },
    valid_until: null,
  });
  const targets = useSignal<TargetRow[]>([blankTarget()]);
  const linked = useSignal<LinkedRecord[]>([]);
  const files = useSignal<Attachment[]>([]);
  const observers = useSignal<Observer[]>([]);
  const marking = useSignal<MarkingDraft>(defaultMarking());
  const resolved = useSignal<TargetPreview | null>(null);
  const previewError = useSignal<unknown>(null);
  const saveError = useSignal<unknown>(null);
  const missing = useSignal<string | null>(null);
  const busy = useSignal(false);
  useEffect(() => {
    Promise.all([loadAgencies(), loadGroups(), loadUnits()]).catch(() => {});
    // A channel message promoted to an input arrives with its fields filled in.
    const promoted = takeInputDraft();
    if (promoted) {
      const fields = promotedFields(promoted);
      content.value = { ...content.value, ...fields.content };
      targets.value = fields.targets;
      marking.value = fields.marking;
      promotedPersons(fields.persons).then((records) => (linked.value = records));
    }
  }, []);
  const set = (change: Partial<Content>) => (content.value = { ...content.value, ...change });
  const c = content.value;

  function named(): Target[] | null {
    const list = targets.value.map(targetOf);
    return list.every(Boolean) ? (list as Target[]) : null;
  }

  async function preview() {
    previewError.value = null;
    const list = named();
    const picked = markingRequest(marking.value);
    if (!list || !picked.marking) return;
    try {
      resolved.value = await inputsApi.preview(list, picked.marking.distribution);
    } catch (failure) {
      resolved.value = null;
      previewError.value = failure;
    }
  }

  async function submit(event: Event) {
    event.preventDefault();
    saveError.value = null;
    const picked = markingRequest(marking.value);
    missing.value = picked.missing ?? null;
    const list = named();
    if (!picked.marking || !list) return;
    busy.value = true;
    try {
      const issued = await inputsApi.issue({
        ...c,
        valid_until: c.valid_until ? new Date(c.valid_until).toISOString() : null,
        linked: {
          persons: linked.value.filter((r) => r.kind === "person").map((r) => r.id),
          organisations: linked.value.filter((r) => r.kind === "organisation").map((r) => r.id),
        },
        attachments: files.value.map((f) => f.digest),
        targets: list,
        marking: picked.marking,
        observers: observers.value,
      });
      navigate(`/inputs/${issued.input.id}`);
    } catch (failure) {
      saveError.value = failure;
    } finally {
      busy.value = false;
    }
  }

  const units = resolved.value?.units ?? [];
  const placed = units.flatMap((u) =>
    u.location ? [{ id: u.id, name: u.name, ...u.location }] : [],
  );
  const radius = targetOf(targets.value.find((r) => r.kind === "radius") ?? blankTarget());
  return (
    <>
      <PageTitle>{t("issue.title")}</PageTitle>
      <p class="hint">{t("issue.intro")}</p>
      <form class="stack form-wide record-form" onSubmit={submit}>
        <div class="field">
          <label for="input-title">{t("issue.field_title")}</label>
          <input id="input-title" required maxLength={300} value={c.title} onInput={(e) => set({ title: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="input-body">{t("issue.body")}</label>
          <textarea id="input-body" required rows={8} value={c.body} onInput={(e) => set({ body: e.currentTarget.value })} />
        </div>
        <div class="field-row">
          <EnumSelect id="input-language" text={t("documents.language")} value={c.language} values={LANGUAGES} group="language"
            onChange={(language) => set({ language })} />
          <EnumSelect id="input-kind" text={t("issue.kind")} value={c.kind} values={INPUT_KINDS} group="input_kind"
            onChange={(kind) => set({ kind })} />
          <EnumSelect id="input-precedence" text={t("issue.precedence")} value={c.precedence} values={PRECEDENCES} group="precedence"
            onChange={(precedence) => set({ precedence })} />
        </div>
        <div class="field-row">
          <EnumSelect id="input-action" text={t("issue.action")} value={c.required_action} values={REQUIRED_ACTIONS}
            group="required_action" onChange={(required_action) => set({ required_action })} />
          <EnumSelect id="input-reliability" text={t("issue.reliability")} value={c.grading.reliability} values={RELIABILITIES}
            group="reliability" onChange={(reliability) => set({ grading: { ...c.grading, reliability } })} />
          <EnumSelect id="input-accuracy" text={t("issue.accuracy")} value={String(c.grading.accuracy)}
            values={ACCURACIES.map(String)} group="accuracy"
            onChange={(accuracy) => set({ grading: { ...c.grading, accuracy: Number(accuracy) as Accuracy } })} />
          <div class="field">
            <label for="input-valid">{t("issue.valid_until")}</label>
            <input id="input-valid" type="datetime-local" value={c.valid_until ?? ""}
              onInput={(e) => set({ valid_until: e.currentTarget.value || null })} />
          </div>
        </div>

        <LinkedRecords chosen={linked.value} onChange={(records) => (linked.value = records)} />
        <AttachmentFiles files={files.value} onChange={(list) => (files.value = list)} />

        <RepeatedRows
          legend={t("issue.targets")}
          noun={t("issue.target_noun")}
          rows={targets.value}
          onChange={(rows) => {
            targets.value = rows;
            resolved.value = null;
          }}
          blank={blankTarget}
          render={(row, change, i) => <TargetFields row={row} change={change} i={i} />}
        />
        <div class="actions">
          <button type="button" class="button" onClick={preview} disabled={!named()}>
            {t("issue.preview")}
          </button>
        </div>
        <ProblemNotice error={previewError.value} />
        <section class="panel target-preview" aria-labelledby="preview-heading" aria-live="polite">
          <h2 id="preview-heading">{t("issue.preview_title", { count: units.length })}</h2>
          {!resolved.value && <p class="muted">{t("issue.preview_none")}</p>}
          {resolved.value && resolved.value.unreachable_agencies.length > 0 && (
            <div class="notice notice-warning" role="alert">
              {t("issue.unreachable", { agencies: resolved.value.unreachable_agencies.join(", ") })}
            </div>
          )}
          {resolved.value && (
            <div class="preview-grid">
              <ul class="plain-list resolved-units">
                {units.map((u) => (
                  <li key={u.id}>
                    {u.name} <span class="muted">({u.agency_code} · {label("unit_kind", u.kind)})</span>
                  </li>
                ))}
              </ul>
              <UnitMap
                units={placed}
                unplaced={units.length - placed.length}
                circle={radius?.kind === "radius" ? { ...radius.centre, radius_km: radius.radius_km } : null}
                title={t("issue.map")}
                unplacedText={t("issue.unplaced", { count: units.length - placed.length })}
              />
            </div>
          )}
        </section>
        <ObserverFields chosen={observers.value} onChange={(next) => (observers.value = next)} />
        <MarkedFormEnd
          marking={marking}
          missing={missing.value}
          error={saveError.value}
          busy={busy.value}
          submit={t("issue.send")}
          back="/inputs"
        />
      </form>
    </>
  );
}
