// Writing a message: text in either script (Enter sends, Shift+Enter breaks the line), files
// (uploaded as soon as chosen, shown as chips until sent), the message it replies to, and its
// marking — only what the channel's cap allows is offered; a refusal from the server is shown
// as it came and the text and files are kept.

import { useSignal } from "@preact/signals";
import { ProblemNotice } from "../components/common";
import { label, t } from "../i18n";
import { me } from "../session";
import type { Classification } from "../types";
import { sizeOf } from "./AttachmentChips";
import { channelsApi, type ChannelDetail, type Message, type MessageAttachment } from "./api";
import { allowedClassifications, messageMarking, type Scope } from "./messageMarking";

export function Composer({
  channel,
  replyTo,
  onCancelReply,
  onSent,
}: {
  channel: ChannelDetail;
  replyTo: Message | null;
  onCancelReply: () => void;
  onSent: (message: Message) => void;
}) {
  const who = me.value!;
  const text = useSignal("");
  const classification = useSignal<Classification>(channel.marking.classification);
  const scope = useSignal<Scope>("channel");
  const error = useSignal<unknown>(null);
  const busy = useSignal(false);
  const files = useSignal<MessageAttachment[]>([]);
  const uploading = useSignal(false);
  const offered = allowedClassifications(channel.marking, who.user.clearance);
  if (!offered.includes(classification.value)) classification.value = offered[offered.length - 1];

  async function send(event?: Event) {
    event?.preventDefault();
    const body = text.value.trim();
    if ((!body && files.value.length === 0) || busy.value || uploading.value) return;
    busy.value = true;
    error.value = null;
    try {
      const sent = await channelsApi.post(channel.id, {
        text: body,
        reply_to: replyTo?.id,
        marking: messageMarking(channel.marking, who.agency.id, classification.value, scope.value),
        attachments: files.value.length > 0 ? files.value.map((f) => f.digest) : undefined,
      });
      text.value = "";
      files.value = [];
      onSent(sent);
    } catch (failure) {
      error.value = failure;
    } finally {
      busy.value = false;
    }
  }

  async function attach(list: FileList | null) {
    if (!list || list.length === 0) return;
    error.value = null;
    uploading.value = true;
    try {
      for (const file of Array.from(list)) {
        const stored = await channelsApi.attach(file);
        if (!files.value.some((f) => f.digest === stored.digest)) files.value = [...files.value, stored];
      }
    } catch (failure) {
      error.value = failure;
    } finally {
      uploading.value = false;
    }
  }

  return (
    <form class="composer" onSubmit={send} aria-label={t("channels.compose")}>
      {replyTo && (
        <div class="composer-reply">
          <span>
            {t("channels.replying_to", { name: replyTo.author_name })}: {replyTo.text.slice(0, 80)}
          </span>
          <button type="button" class="button-quiet" onClick={onCancelReply}>
            {t("channels.cancel_reply")}
          </button>
        </div>
      )}
      <ProblemNotice error={error.value} />
      {files.value.length > 0 && (
        <ul class="composer-files" aria-label={t("channels.files_to_send")}>
          {files.value.map((f) => (
            <li key={f.digest} class="file-chip">
              <span class="file-name">{f.name}</span>
              <span class="file-meta">{sizeOf(f.size)}</span>
              <button
                type="button"
                class="button-quiet"
                onClick={() => (files.value = files.value.filter((x) => x.digest !== f.digest))}
              >
                <span aria-hidden="true">×</span>
                <span class="visually-hidden">{t("channels.remove_file", { name: f.name })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="composer-row">
        <label class="button button-quiet composer-attach" title={t("channels.attach")}>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2">
            <path d="M21 11.5l-8.6 8.6a5 5 0 01-7.1-7.1l8.6-8.6a3.5 3.5 0 015 5l-8.6 8.6a2 2 0 01-2.8-2.8l7.9-7.9" />
          </svg>
          <span class="visually-hidden">{t("channels.attach")}</span>
          <input
            type="file"
            class="visually-hidden"
            multiple
            accept=".pdf,.png,.jpg,.jpeg,.webp,.txt,application/pdf,image/png,image/jpeg,image/webp,text/plain"
            disabled={uploading.value || busy.value}
            onChange={(e) => {
              attach(e.currentTarget.files);
              e.currentTarget.value = "";
            }}
          />
        </label>
        <label class="visually-hidden" for="composer-text">
          {t("channels.message")}
        </label>
        <textarea
          id="composer-text"
          rows={2}
          maxLength={4000}
          placeholder={t("channels.placeholder")}
          value={text.value}
          onInput={(e) => (text.value = e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey && !e.isComposing) send(e);
          }}
        />
        <button type="submit" class="button button-primary" disabled={busy.value || uploading.value}>
          {t("channels.send")}
        </button>
      </div>
      <details class="composer-marking">
        <summary>
          <span class="visually-hidden">{t("channels.marking")}: </span>
          {label("classification", classification.value)} ·{" "}
          {t(scope.value === "channel" ? "channels.scope_channel" : "channels.scope_own_agency")}
        </summary>
        <label>
          {t("marking.classification")}{" "}
          <select
            value={classification.value}
            onChange={(e) => (classification.value = e.currentTarget.value as Classification)}
          >
            {offered.map((c) => (
              <option key={c} value={c}>
                {label("classification", c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("channels.scope")}{" "}
          <select value={scope.value} onChange={(e) => (scope.value = e.currentTarget.value as Scope)}>
            <option value="channel">{t("channels.scope_channel")}</option>
            <option value="own_agency">{t("channels.scope_own_agency")}</option>
          </select>
        </label>
      </details>
    </form>
  );
}
