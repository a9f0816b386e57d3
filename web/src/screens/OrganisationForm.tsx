// Writing an organisation (gang, terror outfit, illegal arms factory, front company) into the
// register, or a new version of one the analyst's agency holds: kind, names and aliases in
// either script, notes and the marking.

import { useSignal } from "@preact/signals";
import { api } from "../api";
import { defaultMarking, markingDraft, markingRequest, type MarkingDraft } from "../components/MarkingPicker";
import { NameRows } from "../components/NameRows";
import { editRefusal, FormHead, MarkedFormEnd, useEditedRecord } from "../components/RecordFormParts";
import { primaryName } from "../components/Register";
import { Loading } from "../components/common";
import { label, t } from "../i18n";
import { blank, type NameRow } from "../register/personDraft";
import { navigate } from "../router";
import { ORGANISATION_KINDS, type OrganisationKind } from "../types";
import "../register/forms.css";

export default function OrganisationForm({ id }: { id?: string }) {
  const kind = useSignal<OrganisationKind>("gang");
  const names = useSignal<NameRow[]>([blank.name("primary")]);
  const notes = useSignal("");
  const marking = useSignal<MarkingDraft>(defaultMarking());
  const edited = useEditedRecord(id, api.organisation, (o) => {
    kind.value = o.kind;
    names.value = o.names.map((n) => ({ text: n.text, kind: n.kind }));
    notes.value = o.notes;
    marking.value = markingDraft(o.marking);
  });
  const saveError = useSignal<unknown>(null);
  const missing = useSignal<string | null>(null);
  const busy = useSignal(false);
  const original = edited.original.value;

  async function submit(event: Event) {
    event.preventDefault();
    saveError.value = null;
    const picked = markingRequest(marking.value);
    missing.value = picked.missing ?? null;
    if (!picked.marking) return;
    const form = {
      kind: kind.value,
      names: names.value
        .filter((n) => n.text.trim())
        .map((n) => ({ text: n.text.trim(), kind: n.kind, script: "latin" as const })),
      notes: notes.value,
      marking: picked.marking,
    };
    busy.value = true;
    try {
      const saved = original
        ? await api.editOrganisation(original.id, { ...form, version: original.version })
        : await api.createOrganisation(form);
      navigate(`/organisations/${saved.id}`);
    } catch (error) {
      saveError.value = error;
    } finally {
      busy.value = false;
    }
  }

  const title = t(id ? "form.organisation_edit_title" : "form.organisation_new_title");
  if (edited.loading.value) return <Loading />;
  const refusal = editRefusal({
    title,
    error: edited.error.value,
    record: original,
    notYours: t("form.not_yours"),
  });
  if (refusal) return <>{refusal}</>;
  const back = original ? `/organisations/${original.id}` : "/search?kind=organisation";
  return (
    <>
      <FormHead
        back={back}
        backText={original ? primaryName(original.names) : t("search.title")}
        title={title}
        version={original?.version}
      />
      <form class="stack form-wide record-form" onSubmit={submit}>
        <div class="field">
          <label for="organisation-kind">{t("organisation.kind")}</label>
          <select
            id="organisation-kind"
            value={kind.value}
            onChange={(e) => (kind.value = e.currentTarget.value as OrganisationKind)}
          >
            {ORGANISATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {label("org_kind", k)}
              </option>
            ))}
          </select>
        </div>
        <NameRows
          legend={t("organisation.names")}
          id="org-name"
          kinds={["primary", "alias"]}
          rows={names.value}
          onChange={(rows) => (names.value = rows)}
        />
        <div class="field">
          <label for="organisation-notes">{t("organisation.notes")}</label>
          <textarea
            id="organisation-notes"
            rows={5}
            value={notes.value}
            onInput={(e) => (notes.value = e.currentTarget.value)}
          />
        </div>
        <MarkedFormEnd
          marking={marking}
          missing={missing.value}
          error={saveError.value}
          busy={busy.value}
          submit={t(id ? "documents.save_version" : "form.organisation_create")}
          back={back}
        />
      </form>
    </>
  );
}
