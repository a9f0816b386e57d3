// Writing a document, or a new version of one the user's agency holds.

import { useSignal } from "@preact/signals";
import { api } from "../api";
import {
  defaultMarking,
  markingDraft,
  markingRequest,
  type MarkingDraft,
} from "../components/MarkingPicker";
import { editRefusal, FormHead, MarkedFormEnd, useEditedRecord } from "../components/RecordFormParts";
import { Loading } from "../components/common";
import { label, t } from "../i18n";
import { navigate } from "../router";
import { LANGUAGES, type Language } from "../types";

export default function DocumentForm({ id }: { id?: string }) {
  const title = useSignal("");
  const body = useSignal("");
  const tags = useSignal("");
  const language = useSignal<Language>("english");
  const marking = useSignal<MarkingDraft>(defaultMarking());
  const edited = useEditedRecord(id, api.document, (doc) => {
    title.value = doc.title;
    body.value = doc.body;
    tags.value = doc.tags.join(", ");
    language.value = doc.language;
    marking.value = markingDraft(doc.marking);
  });
  const original = edited.original;
  const saveError = useSignal<unknown>(null);
  const missing = useSignal<string | null>(null);
  const busy = useSignal(false);

  async function submit(event: Event) {
    event.preventDefault();
    saveError.value = null;
    const picked = markingRequest(marking.value);
    missing.value = picked.missing ?? null;
    if (!picked.marking) return;
    const content = {
      title: title.value,
      body: body.value,
      tags: tags.value
        .split(",")
        .map((tag) => tag.trim())
        .filter(Boolean),
      language: language.value,
      marking: picked.marking,
    };
    busy.value = true;
    try {
      const saved = original.value
        ? await api.editDocument(original.value.id, { ...content, version: original.value.version })
        : await api.createDocument(content);
      navigate(`/documents/${saved.id}`);
    } catch (error) {
      saveError.value = error;
    } finally {
      busy.value = false;
    }
  }

  const editing = Boolean(id);
  if (edited.loading.value) return <Loading />;
  const refusal = editRefusal({
    title: t(editing ? "documents.edit_title" : "documents.new_title"),
    error: edited.error.value,
    record: original.value,
    notYours: t("documents.not_yours"),
  });
  if (refusal) return <>{refusal}</>;

  return (
    <>
      <FormHead
        back={original.value ? `/documents/${original.value.id}` : "/documents"}
        backText={original.value ? original.value.title : t("documents.title")}
        title={t(editing ? "documents.edit_title" : "documents.new_title")}
        version={original.value?.version}
      />
      <form class="stack form-wide" onSubmit={submit}>
        <div class="field">
          <label for="doc-title">{t("documents.field_title")}</label>
          <input
            id="doc-title"
            required
            maxLength={300}
            value={title.value}
            onInput={(e) => (title.value = e.currentTarget.value)}
          />
        </div>
        <div class="field-row">
          <div class="field">
            <label for="doc-language">{t("documents.language")}</label>
            <select
              id="doc-language"
              value={language.value}
              onChange={(e) => (language.value = e.currentTarget.value as Language)}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {label("language", l)}
                </option>
              ))}
            </select>
          </div>
          <div class="field grow">
            <label for="doc-tags">{t("documents.tags")}</label>
            <input
              id="doc-tags"
              aria-describedby="doc-tags-hint"
              value={tags.value}
              onInput={(e) => (tags.value = e.currentTarget.value)}
            />
            <p class="hint" id="doc-tags-hint">
              {t("documents.tags_hint")}
            </p>
          </div>
        </div>
        <div class="field">
          <label for="doc-body">{t("documents.field_body")}</label>
          <textarea
            id="doc-body"
            rows={14}
            aria-describedby="doc-body-hint"
            value={body.value}
            onInput={(e) => (body.value = e.currentTarget.value)}
          />
          <p class="hint" id="doc-body-hint">
            {t("documents.body_hint")}
          </p>
        </div>
        <MarkedFormEnd
          marking={marking}
          missing={missing.value}
          error={saveError.value}
          busy={busy.value}
          submit={t(editing ? "documents.save_version" : "documents.create")}
          back={original.value ? `/documents/${original.value.id}` : "/documents"}
        />
      </form>
    </>
  );
}
