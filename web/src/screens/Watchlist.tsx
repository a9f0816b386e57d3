// What the user watches: persons, organisations and identifiers, each with a way to stop; and
// a form to watch a phone, vehicle or other identifier typed in any format.

import { useSignal } from "@preact/signals";
import { api, watchKey } from "../api";
import { Link, Loading, PageTitle, ProblemNotice, useLoad } from "../components/common";
import { formatDate, label, t } from "../i18n";
import type { IdentifierKind, Watch } from "../types";

const KINDS: IdentifierKind[] = [
  "mobile",
  "vehicle",
  "imei",
  "bank_account",
  "upi",
  "email",
  "social_handle",
  "weapon_serial",
];

export default function Watchlist() {
  const watches = useLoad(() => api.watches(), []);
  const error = useSignal<unknown>(null);
  const said = useSignal<string | null>(null);
  const kind = useSignal<IdentifierKind>("mobile");
  const value = useSignal("");

  async function stop(watch: Watch) {
    error.value = null;
    try {
      await api.unwatch(watch.subject);
      said.value = t("watches.removed", { label: watch.label });
      watches.reload();
    } catch (failure) {
      error.value = failure;
    }
  }
  async function add(e: Event) {
    e.preventDefault();
    error.value = null;
    said.value = null;
    try {
      const watch = await api.watch({
        kind: "identifier",
        identifier: { kind: kind.value, value: value.value.trim() },
      });
      said.value = t("watches.added", { label: watch.label });
      value.value = "";
      watches.reload();
    } catch (failure) {
      error.value = failure;
    }
  }

  return (
    <>
      <PageTitle>{t("watches.title")}</PageTitle>
      <p class="hint">{t("watches.intro")}</p>
      <ProblemNotice error={watches.error || error.value} />
      {said.value && (
        <p class="notice notice-success" role="status">
          {said.value}
        </p>
      )}
      {watches.loading && !watches.data && <Loading />}
      {watches.data && watches.data.length === 0 && <p>{t("watches.none")}</p>}
      {watches.data && watches.data.length > 0 && (
        <ul class="doc-list watch-list">
          {watches.data.map((w) => {
            const [k, key] = watchKey(w.subject);
            return (
              <li key={`${k}/${key}`} class="doc-row row-between">
                <span>
                  <span class="chip">
                    {w.subject.kind === "identifier"
                      ? label("identifier", w.subject.identifier.kind)
                      : label("identifier", w.subject.kind)}
                  </span>{" "}
                  {w.subject.kind === "person" ? (
                    <Link href={`/persons/${w.subject.id}`} class="doc-title">
                      {w.label}
                    </Link>
                  ) : w.subject.kind === "organisation" ? (
                    <Link href={`/organisations/${w.subject.id}`} class="doc-title">
                      {w.label}
                    </Link>
                  ) : (
                    <Link href={`/search?q=${encodeURIComponent(w.label)}`} class="doc-title">
                      {w.label}
                    </Link>
                  )}{" "}
                  <span class="muted">{t("watches.since", { date: formatDate(w.since) })}</span>
                </span>
                <button type="button" class="button" onClick={() => stop(w)}>
                  {t("watches.remove")}
                  <span class="visually-hidden"> {w.label}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <section class="panel" aria-labelledby="watch-identifier">
        <h2 id="watch-identifier">{t("watches.add_identifier")}</h2>
        <form class="field-row" onSubmit={add}>
          <div class="field">
            <label for="watch-kind">{t("watches.identifier_kind")}</label>
            <select
              id="watch-kind"
              value={kind.value}
              onChange={(e) => (kind.value = e.currentTarget.value as IdentifierKind)}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {label("identifier", k)}
                </option>
              ))}
            </select>
          </div>
          <div class="field grow">
            <label for="watch-value">{t("watches.identifier_value")}</label>
            <input
              id="watch-value"
              required
              autoComplete="off"
              value={value.value}
              onInput={(e) => (value.value = e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <button type="submit" class="button-primary">
              {t("watches.add")}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
