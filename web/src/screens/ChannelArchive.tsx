// The auditors' archive of a channel: every message whatever its age, deleted ones too, each
// with every revision (posted, edited, deleted) — what an edit or deletion replaced.

import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { AttachmentChips } from "../channels/AttachmentChips";
import { archiveApi, type ArchivePage } from "../channels/api";
import { MarkingChips } from "../components/Marking";
import { Link, Loading, PageTitle, ProblemNotice } from "../components/common";
import { loadAgencies } from "../directory";
import { t } from "../i18n";
import "../channels/channels.css";

export default function ChannelArchive({ id }: { id: string }) {
  const pages = useSignal<ArchivePage[]>([]);
  const error = useSignal<unknown>(null);
  const busy = useSignal(false);

  async function more() {
    const last = pages.value[pages.value.length - 1];
    const lastSeq = last?.messages[last.messages.length - 1]?.message.seq;
    busy.value = true;
    try {
      pages.value = [...pages.value, await archiveApi.page(id, lastSeq)];
    } catch (failure) {
      error.value = failure;
    } finally {
      busy.value = false;
    }
  }
  useEffect(() => {
    loadAgencies().catch(() => {});
    more();
  }, [id]);

  const first = pages.value[0];
  if (error.value && !first)
    return (
      <>
        <PageTitle>{t("channels.archive")}</PageTitle>
        <ProblemNotice error={error.value} />
      </>
    );
  if (!first) return <Loading />;
  const entries = pages.value.flatMap((p) => p.messages);
  const hasMore = pages.value[pages.value.length - 1].has_more;
  return (
    <div class="channel-archive">
      <PageTitle>{t("channels.archive_of", { name: first.channel.name })}</PageTitle>
      <MarkingChips marking={first.channel.marking} />
      <p class="hint">{t("channels.archive_intro")}</p>
      <ProblemNotice error={error.value} />
      <ol class="archive-messages">
        {entries.map(({ message, revisions }) => (
          <li key={message.id} id={`message-${message.id}`} class="archive-message">
            <div class="message-head">
              <span class="message-author">
                #{message.seq} {message.author_name}
              </span>
              <time dateTime={message.posted_at}>{new Date(message.posted_at).toLocaleString()}</time>
              {message.deleted_at && <span class="message-deleted">{t("channels.deleted")}</span>}
            </div>
            <ol class="revisions" aria-label={t("channels.revisions")}>
              {revisions.map((r) => (
                <li key={r.version} class="revision">
                  <span class="revision-head">
                    {t(r.deleted ? "channels.revision_deleted" : "channels.revision", { version: r.version })} ·{" "}
                    <time dateTime={r.at}>{new Date(r.at).toLocaleString()}</time>
                    {r.by !== message.author && ` · ${t("channels.revision_by_other")}`}
                  </span>
                  {!r.deleted && <p class="message-text">{r.text}</p>}
                  <AttachmentChips files={r.attachments ?? []} linked={false} />
                  <MarkingChips marking={r.marking} />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {hasMore && (
        <button type="button" class="button" disabled={busy.value} onClick={more}>
          {t("channels.archive_more")}
        </button>
      )}
      <p>
        <Link href="/audit">← {t("nav.audit")}</Link>
      </p>
    </div>
  );
}
