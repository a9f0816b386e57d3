// The list of my channels, newest activity first, each with its marking and how many messages
// wait unread; the shell keeps it current from the live stream.

import { useEffect } from "preact/hooks";
import { ClassificationChip } from "../components/Marking";
import { Link, Loading, ProblemNotice } from "../components/common";
import { t } from "../i18n";
import { MessageSearch } from "./MessageSearch";
import { channelListError, myChannels, refreshChannelList } from "./unread";

export function ChannelList({ open }: { open?: string }) {
  // The shell keeps the list current from the stream (see `followChannels`); opening the
  // screen asks once more in case the stream is down.
  useEffect(() => {
    refreshChannelList();
  }, []);
  const list = myChannels.value;
  return (
    <nav class="channel-list" aria-label={t("channels.list")}>
      <div class="channel-list-head">
        <h2>{t("channels.title")}</h2>
        <Link href="/channels/new" class="button">
          {t("channels.new")}
        </Link>
      </div>
      <MessageSearch />
      <ProblemNotice error={channelListError.value} />
      {list === null ? (
        <Loading />
      ) : list.length === 0 ? (
        <p>{t("channels.none")}</p>
      ) : (
        <ul>
          {[...list]
            .sort((a, b) => Number(b.unread > 0) - Number(a.unread > 0) || a.name.localeCompare(b.name))
            .map((c) => (
              <li key={c.id}>
                <Link
                  href={`/channels/${c.id}`}
                  class="channel-item"
                  aria-current={c.id === open ? "page" : undefined}
                >
                  <span class="channel-name">{c.name}</span>
                  <ClassificationChip value={c.marking.classification} />
                  {c.unread > 0 && (
                    <span class="badge" data-unread={c.unread}>
                      {c.unread}
                      <span class="visually-hidden"> {t("channels.unread")}</span>
                    </span>
                  )}
                </Link>
              </li>
            ))}
        </ul>
      )}
    </nav>
  );
}
