// Files to send with an input: each is uploaded as soon as it is chosen (PDF, image or text;
// the server checks the type and size and names it by its SHA-256), listed with its size, and
// can be taken off before the input is issued.

import { useSignal } from "@preact/signals";
import { ProblemNotice } from "../components/common";
import { t } from "../i18n";
import { inputsApi, type Attachment } from "./api";

export function AttachmentFiles({ files, onChange }: { files: Attachment[]; onChange: (files: Attachment[]) => void }) {
  const busy = useSignal(false);
  const error = useSignal<unknown>(null);

  async function add(list: FileList | null) {
    if (!list) return;
    error.value = null;
    busy.value = true;
    const added: Attachment[] = [];
    try {
      for (const file of Array.from(list)) added.push(await inputsApi.attach(file));
    } catch (failure) {
      error.value = failure;
    } finally {
      busy.value = false;
      onChange([...files, ...added.filter((a) => !files.some((f) => f.digest === a.digest))]);
    }
  }

  return (
    <fieldset class="form-section attachments">
      <legend>{t("issue.attachments")}</legend>
      {files.length > 0 && (
        <ul class="plain-list">
          {files.map((f) => (
            <li key={f.digest} class="row-between">
              <span>
                {f.name} <span class="muted">({Math.max(1, Math.round(f.size / 1024))} KiB)</span>
              </span>
              <button type="button" class="button button-quiet" onClick={() => onChange(files.filter((x) => x !== f))}>
                {t("form.remove")}
                <span class="visually-hidden"> {f.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="field">
        <label for="input-files">{t("issue.attach")}</label>
        <input
          id="input-files"
          type="file"
          multiple
          accept=".pdf,.png,.jpg,.jpeg,.webp,.txt,application/pdf,image/png,image/jpeg,image/webp,text/plain"
          disabled={busy.value}
          onChange={(e) => {
            add(e.currentTarget.files);
            e.currentTarget.value = "";
          }}
        />
        <p class="hint">{t("issue.attach_hint")}</p>
      </div>
      <ProblemNotice error={error.value} />
    </fieldset>
  );
}
