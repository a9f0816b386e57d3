// The inputs API: the inbox, inputs issued by the own agency, one input with the viewer's
// copies, the steps a copy takes, the preview of resolved recipients, issuing, the issuer's
// status board and compliance.

import { query, request, upload } from "../api";
import type { Distribution, Uuid } from "../types";
import type {
  Input,
  InputKind,
  NewInput,
  Observer,
  Precedence,
  Recipient,
  RequiredAction,
  Target,
  Transition,
} from "./types";

/** An input in short, for lists and the inbox. */
export interface InputSummary {
  id: Uuid;
  title: string;
  kind: InputKind;
  precedence: Precedence;
  required_action: RequiredAction;
  /** "B2". */
  grading: string;
  issued_at: string;
  issuer_agency: Uuid;
  issuer_agency_code: string;
  issuer_unit: Uuid;
  issuer_unit_name: string;
}

/** A copy with the names of its holder. */
export interface Copy extends Recipient {
  unit_name: string;
  agency_code: string;
  username: string | null;
  overdue: boolean;
}

export interface InboxEntry {
  input: InputSummary;
  copy: Copy;
  reason: "recipient" | "escalated";
  escalation_level: number | null;
  seconds_to_deadline: number;
}

export interface Inbox {
  counts: { unread: number; unacknowledged: number; overdue: number; escalated: number };
  items: InboxEntry[];
}

export interface InputDetail {
  input: Input;
  summary: InputSummary;
  linked: { kind: "person" | "organisation"; id: Uuid; name: string }[];
  my_copies: Copy[];
  /** The viewer's agency issued it, or the viewer (or its unit) is named an observer. */
  sees_board: boolean;
}

/** An observer with the name the board shows. */
export interface ObserverView extends Observer {
  name: string;
  agency_code: string;
}

export interface Board {
  input: InputSummary;
  totals: {
    copies: number;
    delivered: number;
    read: number;
    acknowledged: number;
    action_reported: number;
    flagged: number;
    overdue: number;
  };
  recipients: Copy[];
  steps: { recipient: Uuid; at: string; by: Uuid; by_username: string; from: string; to: string }[];
  escalations: { recipient: Uuid; level: number; to_unit: Uuid; to_unit_name: string; at: string }[];
  observers: ObserverView[];
  /** The viewer's agency issued the input and may change the observers. */
  may_name_observers: boolean;
}

export interface ResolvedUnit {
  id: Uuid;
  name: string;
  kind: string;
  agency: Uuid;
  agency_code: string;
  location: { lat: number; lon: number } | null;
}

export interface TargetPreview {
  units: ResolvedUnit[];
  /** Agencies holding resolved units that the chosen distribution would not reach. */
  unreachable_agencies: string[];
}

export interface ComplianceCounts {
  received: number;
  acknowledged: number;
  acknowledged_in_time: number;
  acknowledged_in_time_percent: number | null;
  median_seconds_to_acknowledge: number | null;
  p90_seconds_to_acknowledge: number | null;
  overdue_now: number;
  flagged: number;
  actions_reported: number;
}

/** The figures per agency, per unit and per week (each with its counts beside its name). */
export interface Compliance {
  from: string;
  to: string;
  agencies: ({ agency: Uuid; agency_code: string } & ComplianceCounts)[];
  units: ({ unit: Uuid; unit_name: string; agency: Uuid; agency_code: string } & ComplianceCounts)[];
  weeks: ({ week_start: string } & ComplianceCounts)[];
}

/** A file stored for attaching, named by its SHA-256. */
export interface Attachment {
  digest: string;
  media_type: string;
  size: number;
  name: string;
}

export const inputsApi = {
  attach: (file: File) =>
    upload<Attachment>(`/attachments${query({ name: file.name })}`, file, file.type || "text/plain"),
  attachmentUrl: (digest: string) => `/api/v1/attachments/${digest}`,
  inbox: (includeDone = false) =>
    request<Inbox>("GET", `/inbox${query({ include_done: includeDone ? "true" : undefined })}`),
  issuedByOwnAgency: () =>
    request<{ inputs: InputSummary[] }>("GET", "/inputs?issued_by=own_agency&limit=20"),
  input: (id: string) => request<InputDetail>("GET", `/inputs/${encodeURIComponent(id)}`),
  board: (id: string) => request<Board>("GET", `/inputs/${encodeURIComponent(id)}/board`),
  observing: () => request<{ inputs: InputSummary[] }>("GET", "/inputs?observing=true&limit=20"),
  setObservers: (id: string, observers: Observer[]) =>
    request<{ observers: ObserverView[] }>("PUT", `/inputs/${encodeURIComponent(id)}/observers`, { observers }),
  step: (input: Uuid, copy: Uuid, transition: Transition) =>
    request<Copy>("POST", `/inputs/${input}/recipients/${copy}/steps`, transition),
  preview: (targets: Target[], distribution: Distribution) =>
    request<TargetPreview>("POST", "/inputs/preview", { targets, distribution }),
  issue: (input: NewInput) => request<{ input: Input; recipients: Copy[] }>("POST", "/inputs", input),
  compliance: (from: string, to: string) =>
    request<Compliance>("GET", `/inputs/compliance${query({ from, to })}`),
};
