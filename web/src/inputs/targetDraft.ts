// One target as the issue form holds it (strings while typed), and the target the API takes.

import type { Uuid } from "../types";
import type { Target, TargetKind } from "./types";

export interface TargetRow {
  kind: TargetKind;
  agency: Uuid | "";
  unit: Uuid | "";
  subUnits: boolean;
  role: string;
  district: Uuid | "";
  lat: string;
  lon: string;
  km: string;
}

export const TARGET_KINDS: TargetKind[] = ["unit", "districts", "radius", "agency", "role"];

export function blankTarget(): TargetRow {
  return { kind: "unit", agency: "", unit: "", subUnits: true, role: "officer", district: "", lat: "", lon: "", km: "25" };
}

/** The target, or null while a field it needs is empty. */
export function targetOf(row: TargetRow): Target | null {
  switch (row.kind) {
    case "agency":
      return row.agency ? { kind: "agency", agency: row.agency } : null;
    case "unit":
      return row.unit ? { kind: "unit", unit: row.unit, include_sub_units: row.subUnits } : null;
    case "role":
      return { kind: "role", role: row.role, agencies: row.agency ? [row.agency] : [] };
    case "districts":
      return row.district ? { kind: "districts", districts: [row.district] } : null;
    case "radius": {
      const [lat, lon, km] = [Number(row.lat), Number(row.lon), Number(row.km)];
      if (!row.lat || !row.lon || !row.km || [lat, lon, km].some(Number.isNaN)) return null;
      return { kind: "radius", centre: { lat, lon }, radius_km: km };
    }
  }
}
