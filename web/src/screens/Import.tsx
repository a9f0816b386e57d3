// Bulk import of persons or organisations from a CSV or JSON Lines file (analysts): the file's
// marking, a progress bar while the server works through it, then what was created, updated or
// already there, every row that failed with its line and reason, and the "same person"
// clusters matching found. Export of what the user may see is offered beside it.

import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { api, type ImportOptions } from "../api";
import { Link, PageTitle, ProblemNotice } from "../components/common";
import { label, t } from "../i18n";
import { me } from "../session";
import { CLASSIFICATIONS, type ImportProgress } from "../types";

const POLL_MS = 500;

export default function Import() {
  const file = useSignal<File | null>(null);
  const options = useSignal<ImportOptions>({
    kind: "persons",
    classification: "restricted",
    distribution: "own_agency",
    pointer: false,
  });
  const job = useSignal<ImportProgress | null>(null);
  const error = useSignal<unknown>(null);
  const sending = useSignal(false);

  // Follow a running job until it is done.
  const running = job.value?.state === "running";
  const jobId = job.value?.id;
  useEffect(() => {
    if (!running || !jobId) return;
    let live = true;
    const timer = window.setTimeout(async () => {
      try {
        const next = await api.importProgress(jobId);
        if (live) job.value = next;
      } catch (failure) {
        if (live) error.value = failure;
      }
    }, POLL_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [running, jobId, job.value?.rows_read]);

  async function start(e: Event) {
    e.preventDefault();
    if (!file.value) return;
    error.value = null;
    job.value = null;
    sending.value = true;
    try {
      job.value = await api.startImport(file.value, options.value);
    } catch (failure) {
      error.value = failure;
    } finally {
      sending.value = false;
    }
  }

  const clearance = me.value?.user.clearance ?? "restricted";
  const allowed = CLASSIFICATIONS.slice(0, CLASSIFICATIONS.indexOf(clearance) + 1);
  const set = (patch: Partial<ImportOptions>) => (options.value = { ...options.value, ...patch });
  const p = job.value;
  return (
    <>
      <PageTitle>{t("import.title")}</PageTitle>
      <p class="hint">{t("import.intro")}</p>
      <form class="panel stack form-wide" onSubmit={start}>
        <div class="field">
          <label for="import-file">{t("import.file")}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.jsonl,.ndjson,text/csv,application/x-ndjson"
            required
            onChange={(e) => (file.value = e.currentTarget.files?.[0] ?? null)}
          />
          <p class="hint">{t("import.file_hint")}</p>
        </div>
        <div class="field-row">
          <div class="field">
            <label for="import-kind">{t("import.kind")}</label>
            <select
              id="import-kind"
              value={options.value.kind}
              onChange={(e) => set({ kind: e.currentTarget.value as ImportOptions["kind"] })}
            >
              <option value="persons">{t("search.kind_person")}</option>
              <option value="organisations">{t("search.kind_organisation")}</option>
            </select>
          </div>
          <div class="field">
            <label for="import-classification">{t("marking.classification")}</label>
            <select
              id="import-classification"
              value={options.value.classification}
              onChange={(e) =>
                set({ classification: e.currentTarget.value as ImportOptions["classification"] })
              }
            >
              {allowed.map((c) => (
                <option key={c} value={c}>
                  {label("classification", c)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="import-distribution">{t("marking.distribution")}</label>
            <select
              id="import-distribution"
              value={options.value.distribution}
              onChange={(e) =>
                set({ distribution: e.currentTarget.value as ImportOptions["distribution"] })
              }
            >
              <option value="own_agency">{label("distribution", "own_agency")}</option>
              <option value="all_agencies">{label("distribution", "all_agencies")}</option>
            </select>
          </div>
        </div>
        <label class="choice">
          <input
            type="checkbox"
            checked={options.value.pointer}
            onChange={(e) => set({ pointer: e.currentTarget.checked })}
          />{" "}
          {t("marking.pointer_label")}
        </label>
        <p class="hint">{t("import.row_marking_hint")}</p>
        <div class="row-actions">
          <button type="submit" class="button-primary" disabled={sending.value || running}>
            {t("import.start")}
          </button>
        </div>
      </form>
      <ProblemNotice error={error.value} />
      {p && <Progress job={p} />}
      <section class="panel" aria-labelledby="export-heading">
        <h2 id="export-heading">{t("import.export_title")}</h2>
        <p class="hint">{t("import.export_intro")}</p>
        <p class="row-actions">
          <a class="button" href={api.exportUrl("persons", "csv")} download>
            {t("import.export_persons_csv")}
          </a>
          <a class="button" href={api.exportUrl("persons", "jsonl")} download>
            {t("import.export_persons_jsonl")}
          </a>
          <a class="button" href={api.exportUrl("organisations", "jsonl")} download>
            {t("import.export_organisations")}
          </a>
        </p>
      </section>
    </>
  );
}

function Progress({ job }: { job: ImportProgress }) {
  const total = job.rows_total ?? 0;
  const percent = total > 0 ? Math.round((job.rows_read / total) * 100) : job.state === "running" ? 0 : 100;
  return (
    <section class="panel import-progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t(`import.state.${job.state}` as "import.state.running")}</h2>
      <progress
        class="progress"
        max={100}
        value={percent}
        aria-label={t("import.progress_label")}
        aria-valuetext={t("import.rows_read", { read: job.rows_read, total: job.rows_total ?? "?" })}
      />
      <p role="status" class="import-counts">
        {t("import.rows_read", { read: job.rows_read, total: job.rows_total ?? "?" })} ·{" "}
        {t("import.counts", {
          created: job.created,
          updated: job.updated,
          unchanged: job.unchanged,
          failed: job.failed,
        })}
      </p>
      {job.error && (
        <div class="notice notice-error" role="alert">
          {job.error}
        </div>
      )}
      {job.errors.length > 0 && (
        <>
          <h3>{t("import.errors_title", { count: job.errors.length })}</h3>
          <table class="cards row-errors">
            <thead>
              <tr>
                <th scope="col">{t("import.line")}</th>
                <th scope="col">{t("import.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {job.errors.map((row) => (
                <tr key={row.line}>
                  <td data-label={t("import.line")}>{row.line}</td>
                  <td data-label={t("import.reason")}>{row.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {job.state === "done" && job.clusters.length > 0 && (
        <>
          <h3>{t("import.clusters_title", { count: job.clusters.length })}</h3>
          <ul class="plain-list">
            {job.clusters.map((c, i) => (
              <li key={i}>
                {c.persons.map((id, n) => (
                  <span key={id}>
                    {n > 0 && " · "}
                    <Link href={`/persons/${id}`}>{t("import.record_n", { n: n + 1 })}</Link>
                  </span>
                ))}
                {c.reasons && <span class="muted"> — {c.reasons}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
