// The live stream: one WebSocket per signed-in tab to `/api/v1/stream`, carrying frames
// `{seq, at, body}` whose body is tagged by `kind`. Screens subscribe to the kinds they show.
// A dropped connection is opened again with growing pauses and resumes after the last seq
// seen, so nothing is missed and nothing is handled twice.

import { signal } from "@preact/signals";

/** One frame of the stream. `body.kind` says what happened; the rest depends on the kind. */
export interface StreamFrame<B = StreamBody> {
  seq: number;
  at: string;
  body: B;
}
export interface StreamBody {
  kind: string;
}

export type StreamState = "off" | "connecting" | "live" | "retrying";
/** Whether updates arrive live, for the shell's indicator. */
export const streamState = signal<StreamState>("off");

type Handler = (frame: StreamFrame) => void;
const handlers = new Map<string, Set<Handler>>();
/** Called after a reconnect, when frames may have been dropped beyond what resume covers. */
const resumed = new Set<() => void>();

/** Calls `handler` for every frame of `kind`; returns the unsubscribe function. */
export function onStream<B extends StreamBody = StreamBody>(
  kind: string,
  handler: (frame: StreamFrame<B>) => void,
): () => void {
  let set = handlers.get(kind);
  if (!set) handlers.set(kind, (set = new Set()));
  set.add(handler as Handler);
  return () => set.delete(handler as Handler);
}

/** Calls `handler` each time the stream comes back after a break. */
export function onReconnect(handler: () => void): () => void {
  resumed.add(handler);
  return () => resumed.delete(handler);
}

/** Pauses before the next attempt: 1 s doubling to 30 s, with jitter so tabs do not stampede. */
const FIRST_PAUSE_MS = 1_000;
const LONGEST_PAUSE_MS = 30_000;
/** The server closes a stream with this when its session has ended: do not come back. */
const SESSION_ENDED = 4001;
/** Failed attempts to resume before resuming is given up (the log may have been reset). */
const RESUME_ATTEMPTS = 3;

let socket: WebSocket | null = null;
let lastSeq: number | null = null;
let pause = FIRST_PAUSE_MS;
let retryTimer: number | undefined;
let wanted = false;
let hadBreak = false;
let failedAttempts = 0;
let sessionEnded: () => void = () => {};

/** Called when the server ends the stream because the session has ended. */
export function whenStreamSessionEnds(handler: () => void) {
  sessionEnded = handler;
}

/** Opens the stream for the signed-in user (once per tab; calling again does nothing). */
export function startStream() {
  if (wanted) return;
  wanted = true;
  lastSeq = null;
  hadBreak = false;
  pause = FIRST_PAUSE_MS;
  open();
}

/** Closes the stream at sign-out; the next user starts afresh. */
export function stopStream() {
  wanted = false;
  window.clearTimeout(retryTimer);
  const closing = socket;
  socket = null;
  closing?.close(1000, "signed out");
  streamState.value = "off";
}

/** The address of the stream, resuming after the last frame handled. */
export function streamUrl(after: number | null): string {
  const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
  const query = after === null ? "" : `?after=${after}`;
  return `${scheme}//${window.location.host}/api/v1/stream${query}`;
}

function open() {
  streamState.value = hadBreak ? "retrying" : "connecting";
  const ws = new WebSocket(streamUrl(lastSeq));
  socket = ws;
  ws.onopen = () => {
    if (socket !== ws) return;
    streamState.value = "live";
    pause = FIRST_PAUSE_MS;
    failedAttempts = 0;
    if (hadBreak) for (const handler of resumed) safely(handler);
  };
  ws.onmessage = (message) => {
    if (socket !== ws) return;
    const frame = parse(message.data);
    if (!frame) return;
    // A frame at or before the last one handled is a repeat from the resume: skip it.
    if (lastSeq !== null && frame.seq <= lastSeq) return;
    lastSeq = frame.seq;
    for (const handler of handlers.get(frame.body.kind) ?? []) safely(() => handler(frame));
  };
  ws.onclose = (event) => {
    if (socket !== ws) return;
    socket = null;
    if (!wanted) return;
    if (event.code === SESSION_ENDED) {
      stopStream();
      sessionEnded();
      return;
    }
    hadBreak = true;
    // A server whose log is behind our seq refuses the resume: start over without it (the
    // reconnect handlers reload what the screens show, so nothing is lost).
    if (streamState.value !== "live" && ++failedAttempts >= RESUME_ATTEMPTS) {
      lastSeq = null;
      failedAttempts = 0;
    }
    streamState.value = "retrying";
    const wait = pause / 2 + Math.random() * (pause / 2);
    pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    retryTimer = window.setTimeout(() => wanted && open(), wait);
  };
}

function parse(data: unknown): StreamFrame | null {
  if (typeof data !== "string") return null;
  try {
    const frame = JSON.parse(data);
    if (typeof frame?.seq === "number" && typeof frame?.body?.kind === "string") return frame;
  } catch {
    // Not a frame: ignored, the next one resynchronizes.
  }
  return null;
}

function safely(run: () => void) {
  try {
    run();
  } catch (error) {
    // One screen's failing handler must not stop the others from hearing the frame.
    console.warn("stream handler failed", error);
  }
}
