// The shapes of the inputs API's JSON (see /api/v1/openapi.json): inputs, targets, each
// recipient's copy and its lifecycle, the inbox and the compliance figures.

import type { Language, Marking, MarkingRequest, Uuid } from "../types";

export type InputKind =
  | "terror_threat"
  | "gang_movement"
  | "wanted_person_sighting"
  | "arms_consignment"
  | "narcotics_consignment"
  | "cyber"
  | "general";
export const INPUT_KINDS: InputKind[] = [
  "terror_threat",
  "gang_movement",
  "wanted_person_sighting",
  "arms_consignment",
  "narcotics_consignment",
  "cyber",
  "general",
];

export type Precedence = "flash" | "immediate" | "priority" | "routine";
export const PRECEDENCES: Precedence[] = ["flash", "immediate", "priority", "routine"];

export type RequiredAction =
  | "locate_and_arrest"
  | "discreet_check_and_report"
  | "prevent_or_secure_place"
  | "for_information";
export const REQUIRED_ACTIONS: RequiredAction[] = [
  "locate_and_arrest",
  "discreet_check_and_report",
  "prevent_or_secure_place",
  "for_information",
];

export type Reliability = "A" | "B" | "C" | "X";
export const RELIABILITIES: Reliability[] = ["A", "B", "C", "X"];
export type Accuracy = 1 | 2 | 3 | 4;
export const ACCURACIES: Accuracy[] = [1, 2, 3, 4];

export type Target =
  | { kind: "agency"; agency: Uuid }
  | { kind: "unit"; unit: Uuid; include_sub_units: boolean }
  | { kind: "role"; role: string; agencies: Uuid[] }
  | { kind: "radius"; centre: { lat: number; lon: number }; radius_km: number }
  | { kind: "districts"; districts: Uuid[] };
export type TargetKind = Target["kind"];

export interface InputContent {
  title: string;
  body: string;
  language: Language;
  kind: InputKind;
  precedence: Precedence;
  required_action: RequiredAction;
  grading: { reliability: Reliability; accuracy: Accuracy };
  valid_until?: string | null;
  linked?: { persons: Uuid[]; organisations: Uuid[] };
  attachments?: string[];
}

export interface Input extends InputContent {
  id: Uuid;
  marking: Marking;
  targets: Target[];
  issued_at: string;
}

/** Who watches an input's status board besides the issuing agency. */
export interface Observer {
  kind: "unit" | "user";
  id: Uuid;
}

export interface NewInput extends InputContent {
  targets: Target[];
  marking: MarkingRequest;
  observers?: Observer[];
}

export type RecipientState = "delivered" | "read" | "acknowledged" | "action_reported" | "flagged";
export type Outcome = "arrested" | "searched_no_trace" | "kept_under_watch" | "forwarded" | "other";
export const OUTCOMES: Outcome[] = ["arrested", "searched_no_trace", "kept_under_watch", "forwarded", "other"];

export interface Recipient {
  id: Uuid;
  input: Uuid;
  party: { kind: "unit" | "user"; id: Uuid };
  agency: Uuid;
  unit: Uuid;
  forwarded_from: Uuid | null;
  state: RecipientState;
  delivered_at: string;
  read_at: string | null;
  acknowledged_at: string | null;
  acted_at: string | null;
  flagged_at: string | null;
  ack_deadline: string;
  outcome: Outcome | null;
  outcome_text: string | null;
  flag_reason: string | null;
  last_by: Uuid | null;
  escalation_level: number;
}

export type Transition =
  | { action: "read" }
  | { action: "acknowledge" }
  | { action: "report_action"; outcome: Outcome; text: string }
  | { action: "flag"; reason: string }
  | { action: "forward"; to: { kind: "unit" | "user"; id: Uuid }; note: string };

/** Whether a copy still owes its acknowledgement (and may be escalated). */
export function awaitsAcknowledgement(state: RecipientState): boolean {
  return state === "delivered" || state === "read";
}
