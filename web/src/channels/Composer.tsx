// Writing a message: text in either script (Enter sends, Shift+Enter breaks the line), the
// message it replies to, and its marking — only what the channel's cap allows is offered; a
// refusal from the server is shown as it came and the text is kept.

import { useSignal } from "@preact/signals";
import { ProblemNotice } from "../components/common";
import { label, t } from "../i18n";
import { me } from "../session";
import type { Classification } from "../types";
import { channelsApi, type ChannelDetail, type Message } from "./api";
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
  const offered = allowedClassifications(channel.marking, who.user.clearance);
  if (!offered.includes(classification.value)) classification.value = offered[offered.length - 1];

  async function send(event?: Event) {
    event?.preventDefault();
    const body = text.value.trim();
    if (!body || busy.value) return;
    busy.value = true;
    error.value = null;
    try {
      const sent = await channelsApi.post(channel.id, {
        text: body,
        reply_to: replyTo?.id,
        marking: messageMarking(channel.marking, who.agency.id, classification.value, scope.value),
      });
      text.value = "";
      onSent(sent);
    } catch (failure) {
      error.value = failure;
    } finally {
      busy.value = false;
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
      <div class="composer-row">
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
        <button type="submit" class="button button-primary" disabled={busy.value}>
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
