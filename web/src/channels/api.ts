// The channels API: my channels with unread counts, one channel with its members, history
// pages, posting, editing and deleting messages, the read position and receipts, membership,
// and the prefilled input a message promotes to.

import { query, request, upload } from "../api";
import type { Language, Marking, MarkingRequest, Uuid } from "../types";

export type MemberRole = "owner" | "member" | "read_only";
export const MEMBER_ROLES: MemberRole[] = ["owner", "member", "read_only"];

export type MemberSubject = { kind: "user"; id: Uuid } | { kind: "unit"; id: Uuid };
export interface Membership {
  subject: MemberSubject;
  role: MemberRole;
}

export interface Channel {
  id: Uuid;
  name: string;
  description: string;
  marking: Marking;
  retention_days: number | null;
  last_seq: number;
  created_at: string;
}

/** A channel in my list: my role, how many messages I have not read. */
export interface ChannelView extends Channel {
  role: MemberRole;
  unread: number;
  last_read_seq: number;
}

export interface ChannelDetail extends Channel {
  role: MemberRole;
  members: Membership[];
  /** The users listed by name: "name (post)". */
  user_names?: { id: Uuid; name: string }[];
}

export type IdentifierKind = string;
export type MessageMention =
  | { kind: "user"; user: Uuid }
  | { kind: "unit"; unit: Uuid }
  | { kind: "person"; person: Uuid }
  | { kind: "identifier"; identifier: { kind: IdentifierKind; canonical: string }; written: string };

export interface Message {
  id: Uuid;
  channel: Uuid;
  seq: number;
  author: Uuid;
  author_name: string;
  reply_to: Uuid | null;
  /** Empty once deleted. */
  text: string;
  language: Language;
  marking: Marking;
  mentions: MessageMention[];
  /** Files it carries; none once deleted. */
  attachments?: MessageAttachment[];
  version: number;
  posted_at: string;
  edited_at: string | null;
  deleted_at: string | null;
}

/** A file carried by a message, fetched at `attachmentUrl(digest)` by those who may read it. */
export interface MessageAttachment {
  digest: string;
  name: string;
  media_type: string;
  size: number;
}

export interface HistoryPage {
  messages: Message[];
  has_more: boolean;
}

export interface ReadReceipt {
  user: Uuid;
  last_read_seq: number;
  read_at: string;
}

export interface NewChannel {
  name: string;
  description: string;
  marking: MarkingRequest;
  retention_days?: number;
  members: Membership[];
}

/** An account an owner may add to a channel (of an agency it reaches, cleared to read it). */
export interface MemberCandidate {
  id: Uuid;
  username: string;
  display_name: string;
  post: string;
  agency: Uuid;
  unit: Uuid;
}

export interface NewMessage {
  text: string;
  reply_to?: Uuid;
  marking?: MarkingRequest;
  /** Digests of files uploaded first with `attach`. */
  attachments?: string[];
}

/** What `POST /inputs` takes, prefilled from a message; the issuer adds the rest. */
export interface InputDraft {
  title: string;
  body: string;
  language: Language;
  linked: { persons: Uuid[]; organisations: Uuid[] };
  targets: unknown[];
  marking: MarkingRequest;
  source_channel: Uuid;
  source_message: Uuid;
}

/** A history page holds at most this many messages; older ones load as the reader scrolls back. */
export const PAGE = 50;

const base = (channel: Uuid) => `/channels/${channel}`;

export const channelsApi = {
  list: () => request<{ channels: ChannelView[] }>("GET", "/channels"),
  create: (channel: NewChannel) => request<ChannelDetail>("POST", "/channels", channel),
  get: (channel: Uuid) => request<ChannelDetail>("GET", base(channel)),
  history: (channel: Uuid, before?: number) =>
    request<HistoryPage>("GET", `${base(channel)}/messages${query({ before, limit: PAGE })}`),
  post: (channel: Uuid, message: NewMessage) =>
    request<Message>("POST", `${base(channel)}/messages`, message),
  edit: (channel: Uuid, message: Uuid, version: number, text: string) =>
    request<Message>("PUT", `${base(channel)}/messages/${message}`, { version, text }),
  remove: (channel: Uuid, message: Uuid, version: number) =>
    request<unknown>("DELETE", `${base(channel)}/messages/${message}${query({ version })}`),
  read: (channel: Uuid, seq: number) => request<unknown>("POST", `${base(channel)}/read`, { seq }),
  receipts: (channel: Uuid) =>
    request<{ receipts: ReadReceipt[] }>("GET", `${base(channel)}/receipts`),
  setMember: (channel: Uuid, membership: Membership) =>
    request<{ members: Membership[] }>("PUT", `${base(channel)}/members`, membership),
  memberCandidates: (channel: Uuid, q: string) =>
    request<{ candidates: MemberCandidate[] }>("GET", `${base(channel)}/member-candidates${query({ q })}`),
  removeMember: (channel: Uuid, subject: MemberSubject) =>
    request<unknown>("DELETE", `${base(channel)}/members/${subject.kind}s/${subject.id}`),
  /** Uploads a file to attach; the server checks its type and size and names it by SHA-256. */
  attach: (file: File) =>
    upload<MessageAttachment>(`/attachments${query({ name: file.name })}`, file, file.type || "text/plain"),
  attachmentUrl: (digest: string) => `/api/v1/attachments/${digest}`,
  inputDraft: (channel: Uuid, message: Uuid) =>
    request<InputDraft>("GET", `${base(channel)}/messages/${message}/input-draft`),
};

/** One state a message had: posted, each edit, its deletion. */
export interface MessageRevision {
  message: Uuid;
  version: number;
  text: string;
  marking: Marking;
  by: Uuid;
  at: string;
  deleted: boolean;
  /** The files the message carried in this revision (kept after a deletion). */
  attachments?: MessageAttachment[];
}

/** A page of the auditors' archive: every message whatever its age, with its revisions. */
export interface ArchivePage {
  channel: Channel;
  messages: { message: Message; revisions: MessageRevision[] }[];
  has_more: boolean;
}

export const archiveApi = {
  page: (channel: Uuid, after?: number) =>
    request<ArchivePage>("GET", `${base(channel)}/archive${query({ after, limit: PAGE })}`),
};

/** A message found by search, in a channel the viewer may read now. */
export interface MessageHit {
  channel_name: string;
  message: Message;
}

export const searchApi = {
  messages: (q: string) =>
    request<{ hits: MessageHit[] }>("GET", `/channels/search${query({ q })}`),
  /** Messages mentioning a register person, newest first, in channels the viewer may read. */
  discussionsOf: (person: Uuid) =>
    request<{ hits: MessageHit[] }>("GET", `/discussions${query({ person, limit: 20 })}`),
};

/** The conversation, opened on one message of it. */
export const messageHref = (message: Message) => `/channels/${message.channel}?message=${message.id}`;
