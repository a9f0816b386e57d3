// Writing a person into the register, or a new version of one the analyst's agency holds. On
// saving, the record's page opens with what matching found. A refused identifier is shown
// beside its row with the normalizer's words; nothing is saved until the whole form is valid.

import { useSignal } from "@preact/signals";
import { api, ApiError } from "../api";
import { defaultMarking, markingDraft, markingRequest, type MarkingDraft } from "../components/MarkingPicker";
import { PersonIdentityFields } from "../components/PersonIdentityFields";
import { PersonRecordFields } from "../components/PersonRecordFields";
import { editRefusal, FormHead, MarkedFormEnd, useEditedRecord } from "../components/RecordFormParts";
import { primaryName } from "../components/Register";
import { Loading } from "../components/common";
import { t } from "../i18n";
import { justSaved } from "../register/justSaved";
import { draftOf, emptyDraft, formOf, refusedIdentifier, type PersonDraft } from "../register/personDraft";
import { navigate } from "../router";
import "../register/forms.css";

export default function PersonForm({ id }: { id?: string }) {
  const draft = useSignal<PersonDraft>(emptyDraft());
  const marking = useSignal<MarkingDraft>(defaultMarking());
  const edited = useEditedRecord(id, api.person, (person) => {
    draft.value = draftOf(person);
    marking.value = markingDraft(person.marking);
  });
  const saveError = useSignal<unknown>(null);
  const refused = useSignal<{ index: number; message: string } | null>(null);
  const missing = useSignal<string | null>(null);
  const busy = useSignal(false);
  const original = edited.original.value;

  async function submit(event: Event) {
    event.preventDefault();
    saveError.value = null;
    refused.value = null;
    const picked = markingRequest(marking.value);
    missing.value = picked.missing ?? null;
    if (!picked.marking) return;
    const form = { ...formOf(draft.value), marking: picked.marking };
    busy.value = true;
    try {
      const saved = original
        ? await api.editPerson(original.id, { ...form, version: original.version })
        : await api.createPerson(form);
      justSaved.value = saved;
      navigate(`/persons/${saved.id}`);
    } catch (error) {
      const row =
        error instanceof ApiError && error.status === 422
          ? refusedIdentifier(draft.value, error.problem.detail)
          : null;
      if (row !== null && error instanceof ApiError) {
        refused.value = { index: row, message: error.problem.detail };
        missing.value = t("form.identifier_refused");
        document.getElementById(`identifier-value-${row}`)?.focus();
      } else {
        saveError.value = error;
      }
    } finally {
      busy.value = false;
    }
  }

  const title = t(id ? "form.person_edit_title" : "form.person_new_title");
  if (edited.loading.value) return <Loading />;
  const refusal = editRefusal({
    title,
    error: edited.error.value,
    record: original,
    notYours: t("form.not_yours"),
  });
  if (refusal) return <>{refusal}</>;
  const back = original ? `/persons/${original.id}` : "/search";
  return (
    <>
      <FormHead
        back={back}
        backText={original ? primaryName(original.names) : t("search.title")}
        title={title}
        version={original?.version}
      />
      <p class="hint">{t("form.person_intro")}</p>
      <form class="stack form-wide record-form" onSubmit={submit}>
        <PersonIdentityFields draft={draft} refused={refused.value} />
        <PersonRecordFields draft={draft} />
        <MarkedFormEnd
          marking={marking}
          missing={missing.value}
          error={saveError.value}
          busy={busy.value}
          submit={t(id ? "documents.save_version" : "form.person_create")}
          back={back}
        />
      </form>
    </>
  );
}
