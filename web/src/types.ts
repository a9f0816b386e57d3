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

export type RecordKind =
  | "agency"
  | "unit"
  | "user"
  | "sharing_group"
  | "document"
  | "channel"
  | "channel_message";

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

// ── The shared register ─────────────────────────────────────────────────────────────────────

export type Script = "latin" | "devanagari" | "mixed";
export type NameKind = "primary" | "alias" | "nickname";
export interface RecordName {
  text: string;
  script: Script;
  kind: NameKind;
}

export type StatusKind =
  | "wanted"
  | "proclaimed_offender"
  | "bail_jumper"
  | "absconding"
  | "history_sheeter"
  | "in_custody"
  | "under_surveillance"
  | "most_wanted";
export const STATUS_KINDS: StatusKind[] = [
  "wanted",
  "proclaimed_offender",
  "bail_jumper",
  "absconding",
  "history_sheeter",
  "in_custody",
  "under_surveillance",
  "most_wanted",
];

export type ThreatLevel = "low" | "medium" | "high" | "extreme";
export const THREAT_LEVELS: ThreatLevel[] = ["low", "medium", "high", "extreme"];

export const IDENTIFIER_KINDS: IdentifierKind[] = [
  "mobile",
  "imei",
  "vehicle",
  "bank_account",
  "upi",
  "email",
  "social_handle",
  "weapon_serial",
];
export type IdentifierKind =
  | "mobile"
  | "imei"
  | "vehicle"
  | "bank_account"
  | "upi"
  | "email"
  | "social_handle"
  | "weapon_serial";

export interface Identifier {
  kind: IdentifierKind;
  canonical: string;
}

export type Age =
  | { kind: "date_of_birth"; date: string }
  | { kind: "approximate"; years: number; as_of: string };

export interface PhysicalDescription {
  height_cm?: number | null;
  build?: "thin" | "medium" | "athletic" | "heavy" | null;
  complexion?: "fair" | "wheatish" | "dusky" | "dark" | null;
  marks?: { kind: string; location: string; description: string }[];
  other_features?: string;
}

export interface Person {
  id: Uuid;
  marking: Marking;
  names: RecordName[];
  relative: { relation: "father" | "husband"; name: string } | null;
  gender: "male" | "female" | "transgender" | null;
  age: Age | null;
  description?: PhysicalDescription | null;
  identifiers: Identifier[];
  addresses: { text: string; district: string | null; location: { lat: number; lon: number } | null }[];
  statuses: { status: StatusKind; since: string | null; source: string; reward_rupees: number | null }[];
  cases: { police_station: string; fir_number: string; fir_year: number; sections: string[] }[];
  threat_level: ThreatLevel | null;
  gang: Uuid | null;
  notes: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A person as an author writes it: identifiers as typed, in any common format. */
export type PersonForm = Omit<
  Person,
  "id" | "marking" | "identifiers" | "version" | "created_at" | "updated_at"
> & { identifiers: { kind: IdentifierKind; value: string }[] };

/** Another record matching found for a person just saved. */
export interface PersonMatchView {
  person: Uuid;
  name: string;
  agency_code: string;
  decision: "match" | "possible";
  probability: number;
  reasons: string;
}

/** A person just saved, with what matching found (through the gate). */
export interface PersonSaved extends Person {
  matches: PersonMatchView[];
  held_elsewhere: Pointer[];
}

export type PersonVersion = Omit<Person, "id" | "created_at" | "updated_at"> & {
  person: Uuid;
  changed_by: Uuid;
  changed_at: string;
};

export type OrganisationKind = "gang" | "terror_outfit" | "illegal_arms_factory" | "front_company";
export const ORGANISATION_KINDS: OrganisationKind[] = [
  "gang",
  "terror_outfit",
  "illegal_arms_factory",
  "front_company",
];

export interface Organisation {
  id: Uuid;
  marking: Marking;
  kind: OrganisationKind;
  names: RecordName[];
  notes: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export type OrganisationForm = Pick<Organisation, "kind" | "names" | "notes">;

export type OrganisationVersion = Omit<Organisation, "id" | "created_at" | "updated_at"> & {
  organisation: Uuid;
  changed_by: Uuid;
  changed_at: string;
};

/** A record found by the register search. */
export type RegisterHit =
  | { kind: "person"; person: Person; score: number; reasons: string }
  | { kind: "organisation"; organisation: Organisation; score: number; reasons: string };

export interface RegisterPointer {
  record_kind?: "person" | "organisation";
  agency: string;
  agency_code: string;
  contact_unit: string;
}

export interface RegisterResults {
  hits: RegisterHit[];
  pointers: RegisterPointer[];
  page: number;
  per_page: number;
  has_more: boolean;
}

export interface ClusterMember {
  person: Uuid;
  name: string;
  agency_code: string;
  version: number;
}

export type LinkState = "suggested" | "confirmed" | "rejected";
export interface PersonLink {
  a: Uuid;
  b: Uuid;
  state: LinkState;
  weight: number;
  reasons: string;
  suggested_at: string;
  decided_by: Uuid | null;
  decided_at: string | null;
}

export interface Cluster {
  members: ClusterMember[];
  links: PersonLink[];
  held_elsewhere: Pointer[];
}

export type WatchSubject =
  | { kind: "person"; id: Uuid }
  | { kind: "organisation"; id: Uuid }
  | { kind: "identifier"; identifier: Identifier };

export interface Watch {
  user: Uuid;
  subject: WatchSubject;
  label: string;
  since: string;
}

export interface Notification {
  id: Uuid;
  kind: "matched_elsewhere" | "watched";
  summary: string;
  created_at: string;
  read: boolean;
  /** The person concerned, when there is one the reader may open. */
  person?: Uuid | null;
  subject?: WatchSubject;
}

export interface Notifications {
  unread: number;
  items: Notification[];
}

export interface ImportProgress {
  id: Uuid;
  kind: "persons" | "organisations";
  format: "csv" | "jsonl";
  state: "running" | "done" | "failed";
  rows_total: number | null;
  rows_read: number;
  imported: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: { line: number; reason: string }[];
  error: string | null;
  clusters: { persons: Uuid[]; reasons: string }[];
  started_at: string;
  finished_at: string | null;
}
