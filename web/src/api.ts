// The server's API: one fetch wrapper that turns problem+json answers into ApiError, and a
// typed function per endpoint the UI uses. The session travels in the HttpOnly cookie.

import type {
  Agency,
  AuditAction,
  AuditEntry,
  Document,
  DocumentContent,
  DocumentList,
  DocumentVersion,
  Me,
  MarkingRequest,
  Problem,
  Rank,
  Role,
  SharingGroup,
  Classification,
  Cluster,
  LinkState,
  Notifications,
  Organisation,
  OrganisationForm,
  OrganisationVersion,
  Person,
  PersonForm,
  PersonLink,
  PersonSaved,
  PersonVersion,
  RegisterResults,
  StatusKind,
  ThreatLevel,
  Unit,
  UnitKind,
  User,
  Uuid,
  ImportProgress,
  Watch,
  WatchSubject,
} from "./types";

export class ApiError extends Error {
  constructor(public problem: Problem) {
    super(problem.detail || problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
  /** The stable part of the problem type, e.g. `account-locked`. */
  get kind(): string {
    return this.problem.type.replace("urn:samanvay:problem:", "");
  }
}

/** Called when the server says the session has ended, so the app can show the login. */
let onSessionEnded: () => void = () => {};
export function whenSessionEnds(handler: () => void) {
  onSessionEnded = handler;
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      credentials: "same-origin",
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({
      type: "urn:samanvay:problem:offline",
      title: "Server unreachable",
      status: 0,
      detail: "Samanvay's server cannot be reached. Check the network and try again.",
    });
  }
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  const problem = await readProblem(response);
  const error = new ApiError(problem);
  if (response.status === 401 && error.kind === "unauthenticated") onSessionEnded();
  throw error;
}

/** Sends a file as the raw body (not JSON), e.g. an import. */
export async function upload<T>(path: string, file: Blob, contentType: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": contentType },
      body: file,
    });
  } catch {
    throw new ApiError({
      type: "urn:samanvay:problem:offline",
      title: "Server unreachable",
      status: 0,
      detail: "Samanvay's server cannot be reached. Check the network and try again.",
    });
  }
  if (response.ok) return (await response.json()) as T;
  const error = new ApiError(await readProblem(response));
  if (response.status === 401 && error.kind === "unauthenticated") onSessionEnded();
  throw error;
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const body = await response.json();
    if (body && typeof body.type === "string") return body as Problem;
  } catch {
    // Not a problem document; describe the status instead.
  }
  return {
    type: "urn:samanvay:problem:http",
    title: response.statusText || "Error",
    status: response.status,
    detail: `The server answered ${response.status}.`,
  };
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export const api = {
  login: (username: string, password: string) =>
    request<{ user: User }>("POST", "/auth/login", { username, password }),
  logout: () => request<void>("POST", "/auth/logout"),
  me: () => request<Me>("GET", "/auth/me"),

  agencies: () => request<Agency[]>("GET", "/agencies"),
  units: (agency?: Uuid) => request<Unit[]>("GET", `/units${query({ agency })}`),
  createUnit: (unit: { name: string; kind: UnitKind; parent: Uuid; location: Unit["location"] }) =>
    request<Unit>("POST", "/units", unit),
  sharingGroups: () => request<SharingGroup[]>("GET", "/sharing-groups"),

  users: () => request<User[]>("GET", "/users"),
  createUser: (user: NewUser) => request<User>("POST", "/users", user),
  unlockUser: (id: Uuid) => request<User>("POST", `/users/${id}/unlock`),
  disableUser: (id: Uuid) => request<User>("POST", `/users/${id}/disable`),
  enableUser: (id: Uuid) => request<User>("POST", `/users/${id}/enable`),
  resetPassword: (id: Uuid, new_password: string) =>
    request<void>("POST", `/users/${id}/password`, { new_password }),

  documents: (search: { q?: string; tag?: string; limit?: number; offset?: number }) =>
    request<DocumentList>("GET", `/documents${query(search)}`),
  document: (id: string) => request<Document>("GET", `/documents/${encodeURIComponent(id)}`),
  documentVersions: (id: string) =>
    request<DocumentVersion[]>("GET", `/documents/${encodeURIComponent(id)}/versions`),
  createDocument: (doc: DocumentContent & { marking: MarkingRequest }) =>
    request<Document>("POST", "/documents", doc),
  editDocument: (id: Uuid, doc: DocumentContent & { version: number; marking: MarkingRequest }) =>
    request<Document>("PUT", `/documents/${id}`, doc),

  searchRegister: (search: RegisterSearch) => searchRegister(search),
  person: (id: string) => request<Person>("GET", `/persons/${encodeURIComponent(id)}`),
  personVersions: (id: string) =>
    request<PersonVersion[]>("GET", `/persons/${encodeURIComponent(id)}/versions`),
  personCluster: (id: string) =>
    request<Cluster>("GET", `/persons/${encodeURIComponent(id)}/cluster`),
  decideLink: (id: Uuid, other: Uuid, state: Exclude<LinkState, "suggested">) =>
    request<PersonLink>("PUT", `/persons/${id}/links/${other}`, { state }),
  createPerson: (form: PersonForm & { marking: MarkingRequest }) =>
    request<PersonSaved>("POST", "/persons", form),
  editPerson: (id: Uuid, form: PersonForm & { version: number; marking?: MarkingRequest }) =>
    request<PersonSaved>("PUT", `/persons/${id}`, form),
  createOrganisation: (form: OrganisationForm & { marking: MarkingRequest }) =>
    request<Organisation>("POST", "/organisations", form),
  editOrganisation: (id: Uuid, form: OrganisationForm & { version: number; marking?: MarkingRequest }) =>
    request<Organisation>("PUT", `/organisations/${id}`, form),
  organisation: (id: string) =>
    request<Organisation>("GET", `/organisations/${encodeURIComponent(id)}`),
  organisationVersions: (id: string) =>
    request<OrganisationVersion[]>("GET", `/organisations/${encodeURIComponent(id)}/versions`),

  startImport: (file: File, options: ImportOptions) => {
    const format = /\.(jsonl|ndjson|json)$/i.test(file.name) ? "jsonl" : "csv";
    return upload<ImportProgress>(
      `/register/imports${query({ ...options, format, pointer: options.pointer ? "true" : "false" })}`,
      file,
      format === "csv" ? "text/csv" : "application/x-ndjson",
    );
  },
  importProgress: (id: Uuid) =>
    request<ImportProgress>("GET", `/register/imports/${encodeURIComponent(id)}`),
  exportUrl: (kind: "persons" | "organisations", format: "csv" | "jsonl") =>
    `/api/v1/register/export${query({ kind, format })}`,

  watches: () => request<Watch[]>("GET", "/watches"),
  watch: (form: WatchForm) => request<Watch>("POST", "/watches", form),
  unwatch: (subject: WatchSubject) => {
    const [kind, key] = watchKey(subject);
    return request<void>("DELETE", `/watches/${kind}/${encodeURIComponent(key)}`);
  },

  notifications: (limit = 50) => request<Notifications>("GET", `/notifications${query({ limit })}`),
  markNotificationRead: (id: Uuid) => request<void>("POST", `/notifications/${id}/read`),

  audit: (filter: AuditFilter) => request<AuditEntry[]>("GET", `/audit${query({ ...filter })}`),
};

export interface NewUser {
  username: string;
  display_name: string;
  unit: Uuid;
  rank: Rank;
  post: string;
  roles: Role[];
  clearance: Classification;
  password: string;
}

export interface AuditFilter {
  record?: string;
  actor?: string;
  action?: AuditAction | "";
  before?: number;
  limit?: number;
}

export interface RegisterSearch {
  q?: string;
  kind?: "person" | "organisation" | "";
  status?: StatusKind | "";
  district?: string;
  agency?: string;
  organisation?: Uuid;
  threat_level?: ThreatLevel | "";
  page?: number;
  per_page?: number;
}

export type WatchForm =
  | { kind: "person"; id: Uuid }
  | { kind: "organisation"; id: Uuid }
  | { kind: "identifier"; identifier: { kind: string; value: string } };

/** The path key of a watched subject: `[kind, id]` or `["identifier", "mobile:+91…"]`. */
export function watchKey(subject: WatchSubject): [string, string] {
  if (subject.kind === "identifier")
    return ["identifier", `${subject.identifier.kind}:${subject.identifier.canonical}`];
  return [subject.kind, subject.id];
}

async function searchRegister(search: RegisterSearch): Promise<RegisterResults> {
  const { page = 1, per_page = 20 } = search;
  return request<RegisterResults>("GET", `/register/search${query({ ...search, page, per_page })}`);
}

export interface ImportOptions {
  kind: "persons" | "organisations";
  classification: Classification;
  distribution: "own_agency" | "all_agencies";
  pointer: boolean;
}
