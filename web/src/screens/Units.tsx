// The agency's units as a tree (agency → range/district → sub-division → police station), and
// adding a unit under one of them.

import { useSignal } from "@preact/signals";
import { api } from "../api";
import { Loading, PageTitle, ProblemNotice, useLoad } from "../components/common";
import { loadUnits } from "../directory";
import { label, t } from "../i18n";
import { me } from "../session";
import { UNIT_KINDS, type Unit, type UnitKind, type Uuid } from "../types";

export default function Units() {
  const agency = me.value!.agency.id;
  const units = useLoad(() => loadUnits(agency, true), []);
  const message = useSignal<string | null>(null);
  const list = units.data ?? [];
  return (
    <>
      <PageTitle>{t("units.title", { agency: me.value!.agency.name })}</PageTitle>
      <div aria-live="polite">
        {message.value && <p class="notice notice-success">{message.value}</p>}
      </div>
      <div class="two-columns">
        <section class="panel" aria-labelledby="unit-tree-heading">
          <h2 id="unit-tree-heading">{t("units.tree")}</h2>
          {units.loading && !units.data && <Loading />}
          <ProblemNotice error={units.error} />
          <UnitTree units={list} parent={null} />
        </section>
        <NewUnit
          units={list}
          created={(unit) => {
            message.value = t("units.created", { name: unit.name });
            units.reload();
          }}
        />
      </div>
    </>
  );
}

function UnitTree({ units, parent }: { units: Unit[]; parent: Uuid | null }) {
  const known = new Set(units.map((u) => u.id));
  const children = units
    .filter((u) => (parent === null ? !u.parent || !known.has(u.parent) : u.parent === parent))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (children.length === 0) return null;
  return (
    <ul class={parent === null ? "tree" : undefined}>
      {children.map((unit) => (
        <li key={unit.id}>
          <span class="unit-name">{unit.name}</span>{" "}
          <span class="muted">({label("unit_kind", unit.kind)})</span>
          <UnitTree units={units} parent={unit.id} />
        </li>
      ))}
    </ul>
  );
}

function NewUnit({ units, created }: { units: Unit[]; created: (unit: Unit) => void }) {
  const name = useSignal("");
  const kind = useSignal<UnitKind>("police_station");
  const parent = useSignal("");
  const lat = useSignal("");
  const lon = useSignal("");
  const error = useSignal<unknown>(null);
  const busy = useSignal(false);

  async function submit(event: Event) {
    event.preventDefault();
    error.value = null;
    busy.value = true;
    try {
      const location =
        lat.value.trim() && lon.value.trim()
          ? { lat: Number(lat.value), lon: Number(lon.value) }
          : null;
      const unit = await api.createUnit({ name: name.value, kind: kind.value, parent: parent.value, location });
      name.value = "";
      lat.value = "";
      lon.value = "";
      created(unit);
    } catch (failure) {
      error.value = failure;
    } finally {
      busy.value = false;
    }
  }

  const sorted = [...units].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section class="panel" aria-labelledby="new-unit-heading">
      <h2 id="new-unit-heading">{t("units.new")}</h2>
      <form class="stack" onSubmit={submit}>
        <div class="field">
          <label for="unit-name">{t("units.name")}</label>
          <input id="unit-name" required value={name.value} onInput={(e) => (name.value = e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="unit-kind">{t("units.kind")}</label>
          <select id="unit-kind" value={kind.value} onChange={(e) => (kind.value = e.currentTarget.value as UnitKind)}>
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {label("unit_kind", k)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="unit-parent">{t("units.parent")}</label>
          <select id="unit-parent" required value={parent.value} onChange={(e) => (parent.value = e.currentTarget.value)}>
            <option value="">{t("common.choose")}</option>
            {sorted.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="field-row">
          <legend>{t("units.location")}</legend>
          <div class="field">
            <label for="unit-lat">{t("units.lat")}</label>
            <input id="unit-lat" inputMode="decimal" pattern="-?[0-9]+(\.[0-9]+)?" value={lat.value} onInput={(e) => (lat.value = e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="unit-lon">{t("units.lon")}</label>
            <input id="unit-lon" inputMode="decimal" pattern="-?[0-9]+(\.[0-9]+)?" value={lon.value} onInput={(e) => (lon.value = e.currentTarget.value)} />
          </div>
        </fieldset>
        <ProblemNotice error={error.value} />
        <button type="submit" class="button-primary" disabled={busy.value}>
          {t("units.create")}
        </button>
      </form>
    </section>
  );
}
