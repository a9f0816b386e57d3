// The register records an input is about: a name or number typed in any form finds persons
// and organisations the issuer may read; each chosen one is listed with a way to take it off.

import { useSignal } from "@preact/signals";
import { api } from "../api";
import { ProblemNotice } from "../components/common";
import { FindBox } from "../components/FindBox";
import { primaryName } from "../components/Register";
import { label, t } from "../i18n";
import type { RegisterHit, Uuid } from "../types";

export interface LinkedRecord {
  kind: "person" | "organisation";
  id: Uuid;
  name: string;
}

export function LinkedRecords({ chosen, onChange }: { chosen: LinkedRecord[]; onChange: (records: LinkedRecord[]) => void }) {
  const q = useSignal("");
  const found = useSignal<LinkedRecord[] | null>(null);
  const error = useSignal<unknown>(null);

  async function find() {
    error.value = null;
    try {
      const result = await api.searchRegister({ q: q.value.trim(), per_page: 8 });
      found.value = result.hits.map(recordOf);
    } catch (failure) {
      error.value = failure;
    }
  }

  return (
    <fieldset class="form-section linked-records">
      <legend>{t("input.linked")}</legend>
      {chosen.length > 0 && (
        <ul class="plain-list">
          {chosen.map((r) => (
            <li key={r.id} class="row-between">
              <span>
                {r.name} <span class="muted">({label("record", r.kind)})</span>
              </span>
              <button
                type="button"
                class="button button-quiet"
                onClick={() => onChange(chosen.filter((c) => c.id !== r.id))}
              >
                {t("form.remove")}
                <span class="visually-hidden"> {r.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <FindBox q={q} find={find} placeholder={t("search.placeholder")} label={t("issue.link_search")} />
      <ProblemNotice error={error.value} />
      {found.value && (
        <ul class="plain-list" aria-live="polite">
          {found.value.length === 0 && <li class="muted">{t("search.no_match")}</li>}
          {found.value
            .filter((r) => !chosen.some((c) => c.id === r.id))
            .map((r) => (
              <li key={r.id} class="row-between">
                <span>
                  {r.name} <span class="muted">({label("record", r.kind)})</span>
                </span>
                <button
                  type="button"
                  class="button"
                  onClick={() => {
                    onChange([...chosen, r]);
                    found.value = null;
                    q.value = "";
                  }}
                >
                  {t("issue.link")}
                  <span class="visually-hidden"> {r.name}</span>
                </button>
              </li>
            ))}
        </ul>
      )}
    </fieldset>
  );
}

function recordOf(hit: RegisterHit): LinkedRecord {
  return hit.kind === "person"
    ? { kind: "person", id: hit.person.id, name: primaryName(hit.person.names) }
    : { kind: "organisation", id: hit.organisation.id, name: primaryName(hit.organisation.names) };
}
