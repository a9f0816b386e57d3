// Choosing the gang or outfit a person belongs to: a name typed in either script finds the
// organisations the author may see; one is picked, or the choice is cleared.

import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { api } from "../api";
import { label, t } from "../i18n";
import type { Organisation, Uuid } from "../types";
import { ProblemNotice } from "./common";
import { FindBox } from "./FindBox";
import { primaryName } from "./Register";

export function GangPicker({ value, onChange }: { value: Uuid | ""; onChange: (id: Uuid | "") => void }) {
  const chosen = useSignal<Organisation | null>(null);
  const q = useSignal("");
  const found = useSignal<Organisation[] | null>(null);
  const error = useSignal<unknown>(null);
  useEffect(() => {
    if (!value) chosen.value = null;
    else if (chosen.value?.id !== value)
      api.organisation(value).then(
        (o) => (chosen.value = o),
        () => (chosen.value = null),
      );
  }, [value]);

  async function find() {
    error.value = null;
    try {
      const result = await api.searchRegister({ q: q.value.trim(), kind: "organisation", per_page: 8 });
      found.value = result.hits.flatMap((h) => (h.kind === "organisation" ? [h.organisation] : []));
    } catch (failure) {
      error.value = failure;
    }
  }

  return (
    <div class="field grow gang-picker">
      <span class="field-label" id="gang-label">
        {t("person.gang")}
      </span>
      {value ? (
        <p class="row-actions">
          <strong>{chosen.value ? primaryName(chosen.value.names) : t("common.loading")}</strong>
          {chosen.value && <span class="muted">{label("org_kind", chosen.value.kind)}</span>}
          <button type="button" class="button button-quiet" onClick={() => onChange("")}>
            {t("form.gang_clear")}
          </button>
        </p>
      ) : (
        <FindBox q={q} find={find} placeholder={t("form.gang_placeholder")} labelledBy="gang-label" />
      )}
      <ProblemNotice error={error.value} />
      {!value && found.value && (
        <ul class="plain-list gang-results" aria-live="polite">
          {found.value.length === 0 && <li class="muted">{t("form.gang_none")}</li>}
          {found.value.map((o) => (
            <li key={o.id} class="row-between">
              <span>
                {primaryName(o.names)} <span class="muted">({label("org_kind", o.kind)})</span>
              </span>
              <button
                type="button"
                class="button"
                onClick={() => {
                  chosen.value = o;
                  found.value = null;
                  onChange(o.id);
                }}
              >
                {t("form.gang_choose")}
                <span class="visually-hidden"> {primaryName(o.names)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
