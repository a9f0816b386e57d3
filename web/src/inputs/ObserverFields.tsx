// Choosing an input's observers: units of any agency picked from the directory, each removable.
// Users named through the API show by their username. The issue form and the issuer's board
// both use it.

import { useSignal } from "@preact/signals";
import { agencyCode, units } from "../directory";
import { t } from "../i18n";
import type { Observer } from "./types";

export function ObserverFields({
  chosen,
  names,
  onChange,
}: {
  chosen: Observer[];
  /** Names known for observers the directory may not hold (users). */
  names?: Map<string, string>;
  onChange: (next: Observer[]) => void;
}) {
  const pick = useSignal("");
  const allUnits = [...units.value.values()].sort(
    (a, b) => agencyCode(a.agency).localeCompare(agencyCode(b.agency)) || a.name.localeCompare(b.name),
  );
  const nameOf = (o: Observer) => {
    const unit = o.kind === "unit" ? units.value.get(o.id) : undefined;
    if (unit) return `${unit.name} (${agencyCode(unit.agency)})`;
    return names?.get(o.id) ?? o.id;
  };
  function add() {
    const id = pick.value;
    if (!id || chosen.some((o) => o.id === id)) return;
    onChange([...chosen, { kind: "unit", id }]);
    pick.value = "";
  }
  return (
    <fieldset class="observer-fields">
      <legend>{t("observers.legend")}</legend>
      <p class="hint">{t("observers.hint")}</p>
      {chosen.length === 0 && <p class="muted">{t("observers.none")}</p>}
      <ul class="plain-list observer-list" aria-label={t("observers.legend")}>
        {chosen.map((o) => (
          <li key={o.id} class="row-actions">
            <span>{nameOf(o)}</span>
            <button
              type="button"
              class="button button-small"
              aria-label={t("observers.remove", { name: nameOf(o) })}
              onClick={() => onChange(chosen.filter((other) => other.id !== o.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div class="field-row">
        <div class="field">
          <label for="observer-unit">{t("observers.unit")}</label>
          <select id="observer-unit" value={pick.value} onChange={(e) => (pick.value = e.currentTarget.value)}>
            <option value="">{t("common.choose")}</option>
            {allUnits.map((u) => (
              <option key={u.id} value={u.id}>
                {agencyCode(u.agency)} · {u.name}
              </option>
            ))}
          </select>
        </div>
        <div class="actions">
          <button type="button" class="button" onClick={add} disabled={!pick.value}>
            {t("observers.add")}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
