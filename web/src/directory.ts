// Agencies, units and sharing groups, fetched once per session and looked up by id for display.

import { signal } from "@preact/signals";
import { api } from "./api";
import type { Agency, SharingGroup, Unit, Uuid } from "./types";

export const agencies = signal<Map<Uuid, Agency>>(new Map());
export const units = signal<Map<Uuid, Unit>>(new Map());
export const groups = signal<Map<Uuid, SharingGroup>>(new Map());

const unitsLoaded = new Map<Uuid | "all", Promise<Unit[]>>();
let agenciesLoaded: Promise<Agency[]> | null = null;
let groupsLoaded: Promise<SharingGroup[]> | null = null;

export function loadAgencies(): Promise<Agency[]> {
  agenciesLoaded ??= api.agencies().then((list) => {
    agencies.value = new Map(list.map((a) => [a.id, a]));
    return list;
  });
  agenciesLoaded.catch(() => (agenciesLoaded = null));
  return agenciesLoaded;
}

/** The units of one agency (or all), merged into the lookup table. */
export function loadUnits(agency?: Uuid, fresh = false): Promise<Unit[]> {
  const key = agency ?? "all";
  let pending = fresh ? undefined : unitsLoaded.get(key);
  if (!pending) {
    pending = api.units(agency).then((list) => {
      const next = new Map(units.value);
      for (const unit of list) next.set(unit.id, unit);
      units.value = next;
      return list;
    });
    pending.catch(() => unitsLoaded.delete(key));
    unitsLoaded.set(key, pending);
  }
  return pending;
}

export function loadGroups(): Promise<SharingGroup[]> {
  groupsLoaded ??= api.sharingGroups().then((list) => {
    groups.value = new Map(list.map((g) => [g.id, g]));
    return list;
  });
  groupsLoaded.catch(() => (groupsLoaded = null));
  return groupsLoaded;
}

/** Forgets everything, at sign-out: the next user may see a different directory. */
export function forgetDirectory() {
  agenciesLoaded = null;
  groupsLoaded = null;
  unitsLoaded.clear();
  agencies.value = new Map();
  units.value = new Map();
  groups.value = new Map();
}

export const agencyName = (id: Uuid | null | undefined) =>
  (id && agencies.value.get(id)?.name) || "";
export const agencyCode = (id: Uuid | null | undefined) =>
  (id && agencies.value.get(id)?.code) || "";
export const unitName = (id: Uuid | null | undefined) => (id && units.value.get(id)?.name) || "";
