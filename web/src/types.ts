// The shapes of the server's JSON (see /api/v1/openapi.json).

export type Uuid = string;

export type Classification = "unrestricted" | "restricted" | "confidential" | "secret";
export const CLASSIFICATIONS: Classification[] = [
  "unrestricted",
  "restricted",
  "confidential",
  "secret",
];

export type Role = "officer" | "analyst" | "supervisor" | "agency_admin" | "auditor";
export const ROLES: Role[] = ["officer", "analyst", "supervisor", "agency_admin", "auditor"];

export type Rank =
  | "constable"
  | "head_constable"
  | "assistant_sub_inspector"
  | "sub_inspector"
  | "inspector"
  | "deputy_superintendent"
  | "additional_superintendent"
  | "superintendent"
  | "deputy_inspector_general"
  | "inspector_general"
  | "additional_director_general"
  | "director_general"
  | "analyst";
export const RANKS: Rank[] = [
  "constable",
  "head_constable",
  "assistant_sub_inspector",
  "sub_inspector",
  "inspector",
  "deputy_superintendent",
  "additional_superintendent",
  "superintendent",
  "deputy_inspector_general",
  "inspector_general",
  "additional_director_general",
  "director_general",
  "analyst",
];

export type AccountStatus = "active" | "locked" | "disabled";

export interface User {
  id: Uuid;
  username: string;
  display_name: string;
  agency: Uuid;
  unit: Uuid;
  rank: Rank;
  post: string;
  roles: Role[];
  clearance: Classification;
  status: AccountStatus;
}

export type AgencyKind = "state_police" | "central";
export interface Agency {
  id: Uuid;
  code: string;
  name: string;
  kind: AgencyKind;
}

export type UnitKind =
  | "headquarters"
  | "range"
  | "district"
  | "sub_division"
  | "police_station"
  | "special_unit";
export const UNIT_KINDS: UnitKind[] = [
  "headquarters",
  "range",
  "district",
  "sub_division",
  "police_station",
  "special_unit",
];

export interface Unit {
  id: Uuid;
  agency: Uuid;
  parent: Uuid | null;
  kind: UnitKind;
  name: string;
  location: { lat: number; lon: number } | null;
}

export interface Viewer {
  user: Uuid;
  agency: Uuid;
  unit: Uuid;
  roles: Role[];
  clearance: Classification;
  groups: Uuid[];
}

export interface Me {
  user: User;
  agency: Agency;
  unit: Unit;
  viewer: Viewer;
}

export type Distribution =
  | { kind: "own_agency" }
  | { kind: "agencies"; agencies: Uuid[] }
  | { kind: "sharing_group"; group: Uuid }
  | { kind: "all_agencies" };
export type DistributionKind = Distribution["kind"];

export interface MarkingRequest {
  classification: Classification;
  distribution: Distribution;
  handling: string[];
  pointer: boolean;
}

export interface Marking extends MarkingRequest {
  owner: { agency: Uuid; unit: Uuid; user: Uuid };
}

export type Language = "english" | "hindi" | "mixed";
export const LANGUAGES: Language[] = ["english", "hindi", "mixed"];

export interface DocumentContent {
  title: string;
  body: string;
  tags: string[];
  language: Language;
}

export interface Document extends DocumentContent {
  id: Uuid;
  marking: Marking;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DocumentVersion extends DocumentContent {
  document: Uuid;
  version: number;
  marking: Marking;
  changed_by: Uuid;
  changed_at: string;
}

export interface Pointer {
  agency: string;
  agency_code: string;
  contact_unit: string;
}

export interface DocumentList {
  documents: Document[];
  pointers: Pointer[];
}

export type AuditAction =
  | "login_succeeded"
  | "login_failed"
  | "account_locked"
  | "logout"
  | "read"
  | "listed"
  | "pointer_shown"
  | "create"
  | "update"
  | "delete"
  | "unlock"
  | "disable"
  | "enable"
  | "invite"
  | "accept"
  | "decline";
export const AUDIT_ACTIONS: AuditAction[] = [
  "login_succeeded",
  "login_failed",
  "account_locked",
  "logout",
  "read",
  "listed",
  "pointer_shown",
  "create",
  "update",
  "delete",
  "unlock",
  "disable",
  "enable",
  "invite",
  "accept",
  "decline",
];

export type RecordKind = "agency" | "unit" | "user" | "sharing_group" | "document";

export interface AuditEntry {
  seq: number;
  at: string;
  actor: Uuid | null;
  actor_agency: Uuid | null;
  actor_name: string | null;
  action: AuditAction;
  record: { kind: RecordKind; id: Uuid } | null;
  record_owner: Uuid | null;
  source: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

export type MembershipState = "invited" | "member" | "declined";
export interface SharingGroup {
  id: Uuid;
  name: string;
  purpose: string;
  created_by: Uuid;
  created_at: string;
  members: { agency: Uuid; state: MembershipState }[];
}

/** An RFC 9457 problem document, as every error response carries. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** For a record held by another agency: who holds it and whom to contact. */
  agency?: string;
  contact_unit?: string;
}
