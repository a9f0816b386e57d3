// The fields of one target of the issue form: an agency, a unit (with or without its
// sub-units), a role, a district, or a radius around a point.

import { RowField } from "../components/RowField";
import { agencies, units } from "../directory";
import { label, t } from "../i18n";
import { ROLES } from "../types";
import { TARGET_KINDS, type TargetRow } from "./targetDraft";
import type { TargetKind } from "./types";

export function TargetFields({ row, change, i }: { row: TargetRow; change: (c: Partial<TargetRow>) => void; i: number }) {
  const allUnits = [...units.value.values()].sort((a, b) => a.name.localeCompare(b.name));
  const allAgencies = [...agencies.value.values()];
  return (
    <>
      <RowField for={`target-kind-${i}`} label={t("issue.target_kind")} index={i}>
        <select id={`target-kind-${i}`} value={row.kind} onChange={(e) => change({ kind: e.currentTarget.value as TargetKind })}>
          {TARGET_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`issue.target_${k}` as "issue.target_unit")}
            </option>
          ))}
        </select>
      </RowField>
      {(row.kind === "agency" || row.kind === "role") && (
        <RowField for={`target-agency-${i}`} label={t("issue.target_agency")} index={i}>
          <select id={`target-agency-${i}`} required={row.kind === "agency"} value={row.agency} onChange={(e) => change({ agency: e.currentTarget.value })}>
            <option value="">{row.kind === "role" ? t("common.all") : t("common.choose")}</option>
            {allAgencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.code} · {a.name}
              </option>
            ))}
          </select>
        </RowField>
      )}
      {row.kind === "role" && (
        <RowField for={`target-role-${i}`} label={t("issue.target_role")} index={i}>
          <select id={`target-role-${i}`} value={row.role} onChange={(e) => change({ role: e.currentTarget.value })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {label("role", r)}
              </option>
            ))}
          </select>
        </RowField>
      )}
      {row.kind === "unit" && (
        <>
          <RowField for={`target-unit-${i}`} label={t("issue.target_unit")} index={i} size="grow">
            <select id={`target-unit-${i}`} required value={row.unit} onChange={(e) => change({ unit: e.currentTarget.value })}>
              <option value="">{t("common.choose")}</option>
              {allUnits.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </RowField>
          <label class="choice">
            <input type="checkbox" checked={row.subUnits} onChange={(e) => change({ subUnits: e.currentTarget.checked })} />
            {t("issue.target_sub_units")}
          </label>
        </>
      )}
      {row.kind === "districts" && (
        <RowField for={`target-district-${i}`} label={t("issue.target_districts")} index={i} size="grow">
          <select id={`target-district-${i}`} required value={row.district} onChange={(e) => change({ district: e.currentTarget.value })}>
            <option value="">{t("common.choose")}</option>
            {allUnits
              .filter((u) => u.kind === "district")
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
          </select>
        </RowField>
      )}
      {row.kind === "radius" && (
        <>
          <RowField for={`target-lat-${i}`} label={t("issue.lat")} index={i} size="narrow">
            <input id={`target-lat-${i}`} type="number" step="any" min={-90} max={90} required value={row.lat} onInput={(e) => change({ lat: e.currentTarget.value })} />
          </RowField>
          <RowField for={`target-lon-${i}`} label={t("issue.lon")} index={i} size="narrow">
            <input id={`target-lon-${i}`} type="number" step="any" min={-180} max={180} required value={row.lon} onInput={(e) => change({ lon: e.currentTarget.value })} />
          </RowField>
          <RowField for={`target-km-${i}`} label={t("issue.radius_km")} index={i} size="narrow">
            <input id={`target-km-${i}`} type="number" step="any" min={0.1} max={500} required value={row.km} onInput={(e) => change({ km: e.currentTarget.value })} />
          </RowField>
        </>
      )}
    </>
  );
}
