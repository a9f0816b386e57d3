// Searching the messages of my channels (every word must appear): the server looks only in
// channels I am a member of now and may read, so what it answers is all there is to show.

import { useSignal } from "@preact/signals";
import { Link, ProblemNotice } from "../components/common";
import { t } from "../i18n";
import { searchApi, type MessageHit } from "./api";
import { MessageText } from "./MessageText";

export function MessageSearch() {
  const q = useSignal("");
  const hits = useSignal<MessageHit[] | null>(null);
  const error = useSignal<unknown>(null);

  async function search(event: Event) {
    event.preventDefault();
    error.value = null;
    if (!q.value.trim()) {
      hits.value = null;
      return;
    }
    try {
      hits.value = (await searchApi.messages(q.value.trim())).hits;
    } catch (failure) {
      error.value = failure;
    }
  }

  return (
    <div class="message-search">
      <form role="search" onSubmit={search}>
        <label class="visually-hidden" for="channel-search">
          {t("channels.search")}
        </label>
        <input
          id="channel-search"
          type="search"
          placeholder={t("channels.search")}
          value={q.value}
          onInput={(e) => {
            q.value = e.currentTarget.value;
            if (!q.value) hits.value = null;
          }}
        />
        <button type="submit" class="button">
          {t("channels.search_go")}
        </button>
      </form>
      <ProblemNotice error={error.value} />
      {hits.value && (
        <section aria-label={t("channels.search_results")}>
          {hits.value.length === 0 ? (
            <p class="hint">{t("channels.search_none")}</p>
          ) : (
            <ul class="search-hits">
              {hits.value.map(({ channel_name, message }) => (
                <li key={message.id} class="search-hit">
                  <Link href={`/channels/${message.channel}`} class="search-hit-channel">
                    {channel_name}
                  </Link>
                  <span class="message-author"> · {message.author_name}</span>
                  <MessageText text={message.text} mentions={message.mentions} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
