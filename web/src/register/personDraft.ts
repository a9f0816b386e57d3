// A person as the form holds it (every field a string the author is typing), made from a saved
// record and turned back into what the API takes. The server validates; the form only shapes.

import type {
  IdentifierKind,
  NameKind,
  Person,
  PersonForm,
  StatusKind,
  ThreatLevel,
  Uuid,
} from "../types";

export interface NameRow {
  text: string;
  kind: NameKind;
}
export interface IdentifierRow {
  kind: IdentifierKind;
  /** As typed, in any common format: the server normalizes it. */
  value: string;
}
export interface AddressRow {
  text: string;
  district: string;
  lat: string;
  lon: string;
}
export interface StatusRow {
  status: StatusKind;
  since: string;
  source: string;
  reward: string;
}
export interface CaseRow {
  police_station: string;
  fir_number: string;
  fir_year: string;
  /** Separated by commas: "BNS 103, Arms Act 25". */
  sections: string;
}
export interface MarkRow {
  kind: string;
  location: string;
  description: string;
}

export type AgeKnown = "unknown" | "date_of_birth" | "approximate";

export interface PersonDraft {
  names: NameRow[];
  relation: "father" | "husband";
  relative: string;
  gender: "" | "male" | "female" | "transgender";
  age: AgeKnown;
  dob: string;
  years: string;
  asOf: string;
  identifiers: IdentifierRow[];
  addresses: AddressRow[];
  statuses: StatusRow[];
  cases: CaseRow[];
  threat: "" | ThreatLevel;
  gang: Uuid | "";
  height: string;
  build: string;
  complexion: string;
  marks: MarkRow[];
  otherFeatures: string;
  notes: string;
}

export const blank = {
  name: (kind: NameKind = "alias"): NameRow => ({ text: "", kind }),
  identifier: (): IdentifierRow => ({ kind: "mobile", value: "" }),
  address: (): AddressRow => ({ text: "", district: "", lat: "", lon: "" }),
  status: (): StatusRow => ({ status: "wanted", since: "", source: "", reward: "" }),
  case: (): CaseRow => ({
    police_station: "",
    fir_number: "",
    fir_year: String(new Date().getFullYear()),
    sections: "",
  }),
  mark: (): MarkRow => ({ kind: "scar", location: "", description: "" }),
};

/** Today as YYYY-MM-DD, the day an approximate age is recorded on. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function emptyDraft(): PersonDraft {
  return {
    names: [blank.name("primary")],
    relation: "father",
    relative: "",
    gender: "",
    age: "unknown",
    dob: "",
    years: "",
    asOf: today(),
    identifiers: [],
    addresses: [],
    statuses: [],
    cases: [],
    threat: "",
    gang: "",
    height: "",
    build: "",
    complexion: "",
    marks: [],
    otherFeatures: "",
    notes: "",
  };
}

/** The form filled with a saved person. Identifiers show in their canonical form. */
export function draftOf(person: Person): PersonDraft {
  const d = person.description;
  const num = (n: number | null | undefined) => (n == null ? "" : String(n));
  return {
    names: person.names.map((n) => ({ text: n.text, kind: n.kind })),
    relation: person.relative?.relation ?? "father",
    relative: person.relative?.name ?? "",
    gender: person.gender ?? "",
    age: person.age?.kind ?? "unknown",
    dob: person.age?.kind === "date_of_birth" ? person.age.date : "",
    years: person.age?.kind === "approximate" ? String(person.age.years) : "",
    asOf: person.age?.kind === "approximate" ? person.age.as_of : today(),
    identifiers: person.identifiers.map((i) => ({ kind: i.kind, value: i.canonical })),
    addresses: person.addresses.map((a) => ({
      text: a.text,
      district: a.district ?? "",
      lat: num(a.location?.lat),
      lon: num(a.location?.lon),
    })),
    statuses: person.statuses.map((s) => ({
      status: s.status,
      since: s.since ?? "",
      source: s.source,
      reward: num(s.reward_rupees),
    })),
    cases: person.cases.map((c) => ({
      police_station: c.police_station,
      fir_number: c.fir_number,
      fir_year: String(c.fir_year),
      sections: c.sections.join(", "),
    })),
    threat: person.threat_level ?? "",
    gang: person.gang ?? "",
    height: num(d?.height_cm),
    build: d?.build ?? "",
    complexion: d?.complexion ?? "",
    marks: (d?.marks ?? []).map((m) => ({ ...m })),
    otherFeatures: d?.other_features ?? "",
    notes: person.notes,
  };
}

/** What the API takes. Empty rows are left out; numbers the author left blank are absent. */
export function formOf(draft: PersonDraft): PersonForm {
  const filled = (text: string) => text.trim() !== "";
  const number = (text: string) => (filled(text) ? Number(text) : null);
  const hasDescription =
    filled(draft.height) ||
    draft.build !== "" ||
    draft.complexion !== "" ||
    draft.marks.length > 0 ||
    filled(draft.otherFeatures);
  return {
    names: draft.names
      .filter((n) => filled(n.text))
      .map((n) => ({ text: n.text.trim(), kind: n.kind, script: "latin" })),
    relative: filled(draft.relative)
      ? { relation: draft.relation, name: draft.relative.trim() }
      : null,
    gender: draft.gender || null,
    age:
      draft.age === "date_of_birth" && filled(draft.dob)
        ? { kind: "date_of_birth", date: draft.dob }
        : draft.age === "approximate" && filled(draft.years)
          ? { kind: "approximate", years: Number(draft.years), as_of: draft.asOf || today() }
          : null,
    description: hasDescription
      ? {
          height_cm: number(draft.height),
          build: (draft.build || null) as NonNullable<Person["description"]>["build"],
          complexion: (draft.complexion || null) as NonNullable<Person["description"]>["complexion"],
          marks: draft.marks,
          other_features: draft.otherFeatures.trim(),
        }
      : null,
    identifiers: draft.identifiers
      .filter((i) => filled(i.value))
      .map((i) => ({ kind: i.kind, value: i.value.trim() })),
    addresses: draft.addresses
      .filter((a) => filled(a.text))
      .map((a) => ({
        text: a.text.trim(),
        district: filled(a.district) ? a.district.trim() : null,
        location: filled(a.lat) && filled(a.lon) ? { lat: Number(a.lat), lon: Number(a.lon) } : null,
      })),
    statuses: draft.statuses.map((s) => ({
      status: s.status,
      since: s.since || null,
      source: s.source.trim(),
      reward_rupees: s.status === "most_wanted" ? number(s.reward) : null,
    })),
    cases: draft.cases
      .filter((c) => filled(c.fir_number) || filled(c.police_station))
      .map((c) => ({
        police_station: c.police_station.trim(),
        fir_number: c.fir_number.trim(),
        fir_year: Number(c.fir_year),
        sections: c.sections
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      })),
    threat_level: draft.threat || null,
    gang: draft.gang || null,
    notes: draft.notes,
  };
}

/**
 * The identifier row the server's normalizer refused, read from its message
 * (`"98100" is not a valid mobile number: …`), so the error shows beside that row.
 */
export function refusedIdentifier(draft: PersonDraft, detail: string): number | null {
  const index = draft.identifiers.findIndex(
    (i) => i.value.trim() !== "" && detail.includes(JSON.stringify(i.value.trim())),
  );
  return index < 0 ? null : index;
}
