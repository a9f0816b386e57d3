// Choosing a unit of any agency for a channel: agency first, then its unit.

import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { agencies, loadAgencies, loadUnits, units } from "../directory";
import { t } from "../i18n";
import type { Uuid } from "../types";

export function UnitChoice({ id, value, onChange }: { id: string; value: Uuid | ""; onChange: (unit: Uuid | "") => void }) {
  const agency = useSignal<Uuid | "">("");
  useEffect(() => {
    loadAgencies().catch(() => {});
    loadUnits().catch(() => {});
  }, []);
  const listed = [...units.value.values()]
    .filter((u) => !agency.value || u.agency === agency.value)
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <span class="unit-choice">
      <select
        aria-label={t("channels.agency")}
        value={agency.value}
        onChange={(e) => {
          agency.value = e.currentTarget.value;
          onChange("");
        }}
      >
        <option value="">{t("channels.any_agency")}</option>
        {[...agencies.value.values()].map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t("channels.choose_unit")}</option>
        {listed.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
    </span>
  );
}
