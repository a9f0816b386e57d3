// A record's marking as chips: classification, distribution, handling conditions, pointer.

import { agencies, agencyCode, groups } from "../directory";
import { label, t } from "../i18n";
import type { Classification, Distribution, Marking } from "../types";

export function ClassificationChip({ value }: { value: Classification }) {
  return (
    <span class={`chip chip-${value}`}>
      <span class="visually-hidden">{t("marking.classification")}: </span>
      {label("classification", value)}
    </span>
  );
}

export function distributionText(distribution: Distribution): string {
  switch (distribution.kind) {
    case "own_agency":
      return t("distribution.own_agency");
    case "all_agencies":
      return t("distribution.all_agencies");
    case "agencies":
      return t("marking.shared_with", {
        agencies: distribution.agencies.map((id) => agencyCode(id) || id.slice(0, 8)).join(", "),
      });
    case "sharing_group":
      return t("marking.group", {
        group: groups.value.get(distribution.group)?.name ?? t("marking.group_unnamed"),
      });
  }
}

export function MarkingChips({ marking }: { marking: Marking }) {
  // Read the directory signals so the chips update once names arrive.
  void agencies.value;
  void groups.value;
  return (
    <ul class="chips" aria-label={t("marking.title")}>
      <li>
        <ClassificationChip value={marking.classification} />
      </li>
      <li>
        <span class="chip chip-distribution">
          <span class="visually-hidden">{t("marking.distribution")}: </span>
          {distributionText(marking.distribution)}
        </span>
      </li>
      {marking.handling.map((condition, i) => (
        <li key={i}>
          <span class="chip chip-handling">
            <span class="visually-hidden">{t("marking.handling")}: </span>
            {condition}
          </span>
        </li>
      ))}
      {marking.pointer && (
        <li>
          <span class="chip chip-pointer">{t("marking.pointer_on")}</span>
        </li>
      )}
    </ul>
  );
}
