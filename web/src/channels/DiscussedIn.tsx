// "Where it was discussed", on a register person's page: the messages that mention him, each
// with its channel, author, time and a snippet, linking to the message in its conversation.
// The server answers only messages the viewer may read in channels it is a member of now, so
// an empty list says nothing about channels the viewer is not in.

import { Link, ProblemNotice, useLoad } from "../components/common";
import { formatTime, t } from "../i18n";
import { messageHref, searchApi } from "./api";
import "./channels.css";

/** A snippet short enough for a list on a phone. */
const SNIPPET = 140;

export function DiscussedIn({ person }: { person: string }) {
  const hits = useLoad(() => searchApi.discussionsOf(person), [person]);
  const list = hits.data?.hits ?? [];
  return (
    <section class="panel discussed" aria-labelledby="discussed-heading" aria-busy={hits.loading}>
      <h2 id="discussed-heading">{t("channels.discussed")}</h2>
      <ProblemNotice error={hits.error} />
      {hits.data && list.length === 0 && <p class="muted">{t("channels.discussed_none")}</p>}
      {list.length > 0 && (
        <ul class="plain-list discussed-list">
          {list.map(({ channel_name, message }) => (
            <li key={message.id} class="discussed-item">
              <div class="discussed-head">
                <Link href={messageHref(message)} class="discussed-channel">
                  {channel_name}
                </Link>
                <span class="muted">
                  {" "}
                  · {message.author_name} · <time dateTime={message.posted_at}>{formatTime(message.posted_at)}</time>
                </span>
              </div>
              <p class="discussed-snippet" lang={message.language === "hindi" ? "hi" : undefined}>
                {message.text.length > SNIPPET ? `${message.text.slice(0, SNIPPET)}…` : message.text}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
