// Choosing a marking: classification (no higher than the author's clearance), how far it is
// distributed (own agency, listed agencies, a sharing group, all agencies), handling
// conditions and whether others may learn that it exists.

import type { Signal } from "@preact/signals";
import { agencies, groups } from "../directory";
import { label, t } from "../i18n";
import { me } from "../session";
import {
  CLASSIFICATIONS,
  type Classification,
  type DistributionKind,
  type MarkingRequest,
  type Uuid,
} from "../types";

export interface MarkingDraft {
  classification: Classification;
  kind: DistributionKind;
  agencies: Uuid[];
  group: Uuid | "";
  handling: string;
  pointer: boolean;
}

/** A new record's marking: restricted (or less, for an unrestricted user), own agency only. */
export function defaultMarking(): MarkingDraft {
  return {
    classification: me.value!.user.clearance === "unrestricted" ? "unrestricted" : "restricted",
    kind: "own_agency",
    agencies: [],
    group: "",
    handling: "",
    pointer: false,
  };
}

/** The picker's state for a record's current marking. */
export function markingDraft(marking: MarkingRequest): MarkingDraft {
  const d = marking.distribution;
  return {
    classification: marking.classification,
    kind: d.kind,
    agencies: d.kind === "agencies" ? d.agencies : [],
    group: d.kind === "sharing_group" ? d.group : "",
    handling: marking.handling.join("\n"),
    pointer: marking.pointer,
  };
}

const KINDS: DistributionKind[] = ["own_agency", "agencies", "sharing_group", "all_agencies"];

export function MarkingPicker({ draft }: { draft: Signal<MarkingDraft> }) {
  const who = me.value!;
  const value = draft.value;
  const set = (change: Partial<MarkingDraft>) => (draft.value = { ...draft.value, ...change });
  const clearance = CLASSIFICATIONS.indexOf(who.user.clearance);
  const otherAgencies = [...agencies.value.values()].filter((a) => a.id !== who.agency.id);
  const memberGroups = [...groups.value.values()].filter((g) =>
    g.members.some((m) => m.agency === who.agency.id && m.state === "member"),
  );

  return (
    <fieldset class="marking-picker">
      <legend>{t("marking.title")}</legend>

      <fieldset class="choice-group">
        <legend>{t("marking.classification")}</legend>
        {CLASSIFICATIONS.map((c, level) => (
          <label key={c} class={`choice chip-${c}-border`}>
            <input
              type="radio"
              name="classification"
              value={c}
              checked={value.classification === c}
              disabled={level > clearance}
              onChange={() => set({ classification: c })}
            />
            {label("classification", c)}
          </label>
        ))}
        <p class="hint">{t("marking.clearance_hint", { clearance: label("classification", who.user.clearance) })}</p>
      </fieldset>

      <fieldset class="choice-group">
        <legend>{t("marking.distribution")}</legend>
        {KINDS.map((kind) => (
          <label key={kind} class="choice">
            <input
              type="radio"
              name="distribution"
              value={kind}
              checked={value.kind === kind}
              disabled={kind === "sharing_group" && memberGroups.length === 0}
              onChange={() => set({ kind })}
            />
            {label("distribution", kind)}
          </label>
        ))}
      </fieldset>

      {value.kind === "agencies" && (
        <fieldset class="choice-group">
          <legend>{t("marking.which_agencies")}</legend>
          {otherAgencies.map((agency) => (
            <label key={agency.id} class="choice">
              <input
                type="checkbox"
                checked={value.agencies.includes(agency.id)}
                onChange={(e) =>
                  set({
                    agencies: e.currentTarget.checked
                      ? [...value.agencies, agency.id]
                      : value.agencies.filter((id) => id !== agency.id),
                  })
                }
              />
              {agency.name} ({agency.code})
            </label>
          ))}
        </fieldset>
      )}

      {value.kind === "sharing_group" && (
        <div class="field">
          <label for="marking-group">{t("marking.which_group")}</label>
          <select
            id="marking-group"
            value={value.group}
            onChange={(e) => set({ group: e.currentTarget.value })}
            required
          >
            <option value="">{t("common.choose")}</option>
            {memberGroups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
      )}

      <div class="field">
        <label for="marking-handling">{t("marking.handling")}</label>
        <textarea
          id="marking-handling"
          rows={3}
          aria-describedby="marking-handling-hint"
          value={value.handling}
          onInput={(e) => set({ handling: e.currentTarget.value })}
        />
        <p class="hint" id="marking-handling-hint">
          {t("marking.handling_hint")}
        </p>
      </div>

      <label class="choice">
        <input
          type="checkbox"
          checked={value.pointer}
          onChange={(e) => set({ pointer: e.currentTarget.checked })}
        />
        {t("marking.pointer_label")}
      </label>
    </fieldset>
  );
}

/** The marking as the API takes it, or a message saying what is missing. */
export function markingRequest(draft: MarkingDraft) {
  const handling = draft.handling
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const base = { classification: draft.classification, handling, pointer: draft.pointer };
  switch (draft.kind) {
    case "agencies":
      if (draft.agencies.length === 0) return { missing: t("marking.need_agency") };
      return { marking: { ...base, distribution: { kind: "agencies" as const, agencies: draft.agencies } } };
    case "sharing_group":
      if (!draft.group) return { missing: t("marking.need_group") };
      return { marking: { ...base, distribution: { kind: "sharing_group" as const, group: draft.group } } };
    default:
      return { marking: { ...base, distribution: { kind: draft.kind } } };
  }
}
