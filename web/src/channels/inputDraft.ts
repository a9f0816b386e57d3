// "Promote to input": the prefilled input a message turns into, handed from the conversation to
// the issue form. The form takes it once when it opens, so a later visit starts blank.

import { api } from "../api";
import { markingDraft } from "../components/MarkingPicker";
import { primaryName } from "../components/Register";
import type { LinkedRecord } from "../inputs/LinkedRecords";
import { blankTarget, type TargetRow } from "../inputs/targetDraft";
import type { Uuid } from "../types";
import type { InputDraft } from "./api";

let pending: InputDraft | null = null;

export function offerInputDraft(draft: InputDraft) {
  pending = draft;
}

/** The draft waiting for the issue form, if any; it is taken, not kept. */
export function takeInputDraft(): InputDraft | null {
  const draft = pending;
  pending = null;
  return draft;
}

/** The issue form's fields for a promoted message: what it says, its units, its marking. */
export function promotedFields(draft: InputDraft) {
  const targets: TargetRow[] = draft.targets.flatMap((target) => {
    const t = target as { kind?: string; unit?: Uuid; include_sub_units?: boolean };
    if (t.kind !== "unit" || !t.unit) return [];
    return [{ ...blankTarget(), unit: t.unit, subUnits: Boolean(t.include_sub_units) }];
  });
  return {
    content: { title: draft.title, body: draft.body, language: draft.language },
    targets: targets.length ? targets : [blankTarget()],
    marking: markingDraft(draft.marking),
    persons: draft.linked.persons,
  };
}

/** The persons a promoted message linked, named as the issue form lists them. */
export function promotedPersons(ids: Uuid[]): Promise<LinkedRecord[]> {
  return Promise.all(
    ids.map((id) =>
      api.person(id).then(
        (person): LinkedRecord => ({ kind: "person", id, name: primaryName(person.names) }),
        (): LinkedRecord => ({ kind: "person", id, name: id }),
      ),
    ),
  );
}
