// The user's notifications, newest first: another agency matched one of their subjects, or
// something they watch changed. Unread ones stand out and can be marked read; new ones join
// the list as the live stream brings them.

import { api } from "../api";
import { refreshNotifications, unreadNotifications } from "../attention";
import { Link, Loading, PageTitle, ProblemNotice, useLoad } from "../components/common";
import { formatTime, label, t } from "../i18n";
import type { Notification } from "../types";
import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { onStream } from "../stream";

export default function Notifications() {
  const list = useLoad(() => api.notifications(100), []);
  const error = useSignal<unknown>(null);
  async function read(n: Notification) {
    error.value = null;
    try {
      await api.markNotificationRead(n.id);
      list.reload();
      await refreshNotifications();
    } catch (failure) {
      error.value = failure;
    }
  }
  const data = list.data;
  // The badge in the navigation follows what this screen shows.
  useEffect(() => {
    if (data) unreadNotifications.value = data.unread;
  }, [data]);
  // A new notification joins the list while it is open.
  useEffect(() => onStream("notification", () => list.reload()), []);
  return (
    <>
      <PageTitle>{t("notifications.title")}</PageTitle>
      <ProblemNotice error={list.error || error.value} />
      {list.loading && !data && <Loading />}
      {data && (
        <p class="muted" role="status">
          {t("notifications.unread", { count: data.unread })}
        </p>
      )}
      {data && data.items.length === 0 && <p>{t("notifications.none")}</p>}
      {data && data.items.length > 0 && (
        <ul class="doc-list notification-list">
          {data.items.map((n) => {
            const person = n.person ?? (n.subject?.kind === "person" ? n.subject.id : null);
            return (
              <li key={n.id} class={n.read ? "doc-row notification" : "doc-row notification unread"}>
                <div class="doc-meta">
                  {!n.read && <span class="badge">{t("notifications.new")}</span>}
                  <strong>{label("notifications.kind", n.kind)}</strong>
                  <span>{formatTime(n.created_at)}</span>
                </div>
                <p class="notification-summary">{n.summary}</p>
                <div class="row-actions">
                  {person && <Link href={`/persons/${person}`}>{t("notifications.open")}</Link>}
                  {!n.read && (
                    <button type="button" class="button button-small" onClick={() => read(n)}>
                      {t("notifications.mark_read")}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
