// One channel's conversation: history pages of 50, older ones loading as the reader scrolls back;
// each message with its author, time, marking, replies, mentions, edited or deleted state and,
// on one's own, how many members have read it. New messages, edits and membership changes come
// over the live stream; whatever a frame says, the page is fetched again through the policy
// gate, so a message the reader may not see never shows and a removed member loses the channel.

import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import { ApiError } from "../api";
import { MarkingChips } from "../components/Marking";
import { Link, ProblemNotice } from "../components/common";
import { loadAgencies, loadUnits } from "../directory";
import { t } from "../i18n";
import { navigate, place } from "../router";
import { isAnalyst, isAuditor, me } from "../session";
import { onReconnect, onStream } from "../stream";
import { channelsApi, type ChannelDetail, type Message, type ReadReceipt } from "./api";
import { AttachmentChips } from "./AttachmentChips";
import { Composer } from "./Composer";
import { offerInputDraft } from "./inputDraft";
import { MessageText } from "./MessageText";
import { refreshChannelList } from "./unread";

interface ChannelFrame {
  kind: string;
  channel: string;
}

export function Conversation({ id }: { id: string }) {
  const channel = useSignal<ChannelDetail | null>(null);
  const messages = useSignal<Message[]>([]);
  const hasMore = useSignal(false);
  const receipts = useSignal<ReadReceipt[]>([]);
  const refused = useSignal<unknown>(null);
  const actionError = useSignal<unknown>(null);
  const replyTo = useSignal<Message | null>(null);
  const editing = useSignal<{ id: string; text: string } | null>(null);
  const older = useSignal(false);
  const list = useRef<HTMLOListElement>(null);
  const atBottom = useRef(true);

  function merge(incoming: Message[]) {
    const bySeq = new Map(messages.value.map((m) => [m.seq, m]));
    for (const m of incoming) bySeq.set(m.seq, m);
    messages.value = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  }

  async function markRead() {
    const last = messages.value[messages.value.length - 1];
    if (!last) return;
    await channelsApi.read(id, last.seq).catch(() => {});
    refreshChannelList();
  }

  /** The channel, its newest page and the receipts; a refusal empties the view. */
  async function loadLatest() {
    try {
      const [detail, page, read] = await Promise.all([
        channelsApi.get(id),
        channelsApi.history(id),
        channelsApi.receipts(id),
      ]);
      channel.value = detail;
      if (messages.value.length === 0) hasMore.value = page.has_more;
      merge(page.messages);
      receipts.value = read.receipts;
      refused.value = null;
      await markRead();
    } catch (failure) {
      channel.value = null;
      messages.value = [];
      refused.value = failure;
    }
  }

  async function loadOlder() {
    const first = messages.value[0];
    if (!first || older.value || !hasMore.value) return;
    older.value = true;
    const box = list.current;
    const height = box?.scrollHeight ?? 0;
    try {
      const page = await channelsApi.history(id, first.seq);
      hasMore.value = page.has_more;
      merge(page.messages);
      // Keep what the reader was looking at where it was.
      requestAnimationFrame(() => {
        if (box) box.scrollTop += box.scrollHeight - height;
      });
    } catch (failure) {
      actionError.value = failure;
    } finally {
      older.value = false;
    }
  }

  useEffect(() => {
    messages.value = [];
    loadAgencies().catch(() => {});
    loadUnits().catch(() => {});
    loadLatest();
    const mine = (body: ChannelFrame) => body.channel === id;
    const stops = [
      onStream<ChannelFrame>("channel_message", ({ body }) => mine(body) && loadLatest()),
      // An edit may be to a message far back: its page is fetched again, not just the newest.
      onStream<ChannelFrame & { seq: number }>("channel_message_edited", ({ body }) => {
        if (!mine(body)) return;
        channelsApi.history(id, body.seq + 1).then((page) => merge(page.messages), loadLatest);
      }),
      onStream<ChannelFrame>("channel_membership_changed", ({ body }) => mine(body) && loadLatest()),
      onReconnect(() => loadLatest()),
    ];
    return () => stops.forEach((stop) => stop());
  }, [id]);

  // Opened on one message (from a person's "where discussed"): shown once, highlighted.
  const focus = place.value.query.get("message");
  const focused = useRef<string | null>(null);
  useEffect(() => {
    if (!focus || focused.current === focus) return;
    const item = document.getElementById(`message-${focus}`);
    if (!item) return;
    focused.current = focus;
    atBottom.current = false;
    item.scrollIntoView({ block: "center" });
  }, [focus, messages.value.length]);

  // Follow new messages when the reader is at the bottom.
  useEffect(() => {
    const box = list.current;
    if (box && atBottom.current && !older.value) box.scrollTop = box.scrollHeight;
  }, [messages.value.length, messages.value[messages.value.length - 1]?.seq]);

  if (refused.value) {
    const gone = refused.value instanceof ApiError && refused.value.status === 404;
    return (
      <section class="conversation conversation-refused">
        <Link href="/channels" class="conversation-back">
          ← {t("channels.title")}
        </Link>
        {gone ? (
          <div class="notice notice-error" role="alert">
            {t("channels.not_available")}
          </div>
        ) : (
          <ProblemNotice error={refused.value} />
        )}
      </section>
    );
  }
  const c = channel.value;
  if (!c) return <section class="conversation" aria-busy="true" />;
  const who = me.value!;
  const byId = new Map(messages.value.map((m) => [m.id, m]));
  const canWrite = c.role !== "read_only";

  async function promote(message: Message) {
    try {
      offerInputDraft(await channelsApi.inputDraft(id, message.id));
      navigate("/inputs/new");
    } catch (failure) {
      actionError.value = failure;
    }
  }

  async function saveEdit(message: Message) {
    const draft = editing.value;
    if (!draft) return;
    try {
      merge([await channelsApi.edit(id, message.id, message.version, draft.text.trim())]);
      editing.value = null;
    } catch (failure) {
      actionError.value = failure;
    }
  }

  async function remove(message: Message) {
    if (!window.confirm(t("channels.delete_confirm"))) return;
    try {
      await channelsApi.remove(id, message.id, message.version);
      await loadLatest();
    } catch (failure) {
      actionError.value = failure;
    }
  }

  return (
    <section class="conversation" aria-label={c.name}>
      <header class="conversation-head">
        <Link href="/channels" class="conversation-back">
          <span aria-hidden="true">←</span>
          <span class="visually-hidden">{t("channels.title")}</span>
        </Link>
        <div class="conversation-title">
          <h2>{c.name}</h2>
          <MarkingChips marking={c.marking} />
        </div>
        <Link href={`/channels/${id}/members`} class="button button-quiet">
          {t("channels.members")}
        </Link>
      </header>
      <ProblemNotice error={actionError.value} />
      <ol
        class="messages"
        ref={list}
        aria-label={t("channels.messages")}
        aria-live="polite"
        onScroll={(e) => {
          const box = e.currentTarget;
          atBottom.current = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
          if (box.scrollTop < 60) loadOlder();
        }}
      >
        {hasMore.value && (
          <li class="messages-older">
            <button type="button" class="button-quiet" onClick={loadOlder} disabled={older.value}>
              {t("channels.older")}
            </button>
          </li>
        )}
        {messages.value.map((m) => {
          const own = m.author === who.user.id;
          const parent = m.reply_to ? byId.get(m.reply_to) : undefined;
          const readBy = receipts.value.filter((r) => r.user !== m.author && r.last_read_seq >= m.seq).length;
          return (
            <li
              key={m.id}
              id={`message-${m.id}`}
              class={`message${own ? " message-own" : ""}${m.id === focus ? " message-focus" : ""}`}
              data-seq={m.seq}
            >
              <div class="message-head">
                <span class="message-author">{m.author_name}</span>
                <time dateTime={m.posted_at}>{new Date(m.posted_at).toLocaleString()}</time>
              </div>
              {m.reply_to && (
                <blockquote class="message-quote">
                  {parent
                    ? `${parent.author_name}: ${parent.deleted_at ? t("channels.deleted") : parent.text.slice(0, 120)}`
                    : t("channels.reply_earlier")}
                </blockquote>
              )}
              {m.deleted_at ? (
                <p class="message-deleted">{t("channels.deleted")}</p>
              ) : editing.value?.id === m.id ? (
                <form
                  class="message-edit"
                  onSubmit={(e) => {
                    e.preventDefault();
                    saveEdit(m);
                  }}
                >
                  <label class="visually-hidden" for={`edit-${m.id}`}>
                    {t("channels.edit")}
                  </label>
                  <textarea
                    id={`edit-${m.id}`}
                    value={editing.value.text}
                    onInput={(e) => (editing.value = { id: m.id, text: e.currentTarget.value })}
                  />
                  <button type="submit" class="button button-primary">
                    {t("channels.save")}
                  </button>
                  <button type="button" class="button-quiet" onClick={() => (editing.value = null)}>
                    {t("channels.cancel")}
                  </button>
                </form>
              ) : (
                <>
                  {m.text && <MessageText text={m.text} mentions={m.mentions} />}
                  <AttachmentChips files={m.attachments ?? []} />
                </>
              )}
              <div class="message-foot">
                <MarkingChips marking={m.marking} />
                {m.edited_at && !m.deleted_at && <span class="message-edited">{t("channels.edited")}</span>}
                {(m.edited_at || m.deleted_at) && isAuditor.value && (
                  <Link class="message-edited" href={`/channels/${id}/archive#message-${m.id}`}>
                    {t("channels.history")}
                  </Link>
                )}
                {own && !m.deleted_at && (
                  <span class="message-read">{t("channels.read_by", { count: readBy })}</span>
                )}
              </div>
              {!m.deleted_at && (
                <div class="message-actions">
                  {canWrite && (
                    <button type="button" class="button-quiet" onClick={() => (replyTo.value = m)}>
                      {t("channels.reply")}
                    </button>
                  )}
                  {own && (
                    <button
                      type="button"
                      class="button-quiet"
                      onClick={() => (editing.value = { id: m.id, text: m.text })}
                    >
                      {t("channels.edit")}
                    </button>
                  )}
                  {(own || c.role === "owner") && (
                    <button type="button" class="button-quiet" onClick={() => remove(m)}>
                      {t("channels.delete")}
                    </button>
                  )}
                  {isAnalyst.value && (
                    <button type="button" class="button-quiet" onClick={() => promote(m)}>
                      {t("channels.promote")}
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {canWrite ? (
        <Composer
          key={c.id}
          channel={c}
          replyTo={replyTo.value}
          onCancelReply={() => (replyTo.value = null)}
          onSent={(sent) => {
            replyTo.value = null;
            atBottom.current = true;
            merge([sent]);
            markRead();
          }}
        />
      ) : (
        <p class="composer-read-only">{t("channels.read_only")}</p>
      )}
    </section>
  );
}
