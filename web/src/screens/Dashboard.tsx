// What needs the user's attention, from what Samanvay holds today: the newest documents shared
// with them; for agency admins, locked accounts to unlock; for auditors, the latest audit entries.

import { useSignal } from "@preact/signals";
import { useState } from "preact/hooks";
import { api } from "../api";
import { lockedAccounts, refreshLockedAccounts, waitingInputs } from "../attention";
import { DocumentRows } from "../components/DocumentRows";
import { RegisterSearchForm } from "../components/RegisterSearchForm";
import { Link, Loading, PageTitle, ProblemNotice, useLoad } from "../components/common";
import { formatTime, label, t } from "../i18n";
import { navigate } from "../router";
import { isAdmin, isAuditor, me } from "../session";
import { loadUnits, unitName } from "../directory";
import type { DocumentList, User } from "../types";

export function Dashboard() {
  const who = me.value!;
  return (
    <>
      <PageTitle>{t("dashboard.title", { name: who.user.display_name })}</PageTitle>
      <SearchBox />
      <div class="dashboard-grid">
        <WaitingInputs />
        <RecentDocuments />
        {isAdmin.value && <LockedAccounts />}
        {isAuditor.value && <RecentAudit />}
      </div>
    </>
  );
}

/** The register search, first on the screen: a beat officer checks a name or number here. */
function SearchBox() {
  return (
    <section class="search-hero" aria-labelledby="dash-search-heading">
      <h2 id="dash-search-heading">{t("dashboard.search_title")}</h2>
      <RegisterSearchForm
        id="dash-search"
        onSearch={(text) => navigate(text ? `/search?q=${encodeURIComponent(text)}` : "/search")}
      />
    </section>
  );
}

/** How many inputs wait for the unit, as the shell keeps counting them from the stream. */
function WaitingInputs() {
  const waiting = waitingInputs.value;
  return (
    <section class="panel" aria-labelledby="inputs-heading" id="waiting-inputs">
      <h2 id="inputs-heading">{t("nav.inbox")}</h2>
      <p role="status">
        {waiting === 0 ? t("dashboard.no_inputs") : t("dashboard.inputs_waiting", { count: waiting })}
      </p>
      <p>
        <Link href="/inputs">{t("dashboard.open_inbox")}</Link>
      </p>
    </section>
  );
}

const RECENT = { limit: 8 };
let prefetched: Promise<DocumentList> | null = null;
let prefetchedList: DocumentList | null = null;

/** Starts loading the newest documents before the session check answers (at first load). */
export function prefetchDashboard() {
  const pending = api.documents(RECENT);
  prefetched = pending;
  pending.then(
    (list) => {
      if (prefetched === pending) prefetchedList = list;
    },
    // Signed out: the login screen shows instead, and this answer is not needed.
    () => {
      if (prefetched === pending) prefetched = null;
    },
  );
}

/** The prefetched answer, once: later visits to the dashboard load afresh. */
function takePrefetched(): { list: DocumentList | null; pending: Promise<DocumentList> | null } {
  const taken = { list: prefetchedList, pending: prefetchedList ? null : prefetched };
  prefetched = null;
  prefetchedList = null;
  return taken;
}

function RecentDocuments() {
  // An answer that arrived with the session check renders in the same pass as the shell.
  const [early] = useState(takePrefetched);
  const loaded = useLoad(
    () =>
      early.list
        ? Promise.resolve(early.list)
        : early.pending
          ? early.pending.catch(() => api.documents(RECENT))
          : api.documents(RECENT),
    [],
  );
  const recent = { ...loaded, data: loaded.data ?? early.list ?? undefined };
  return (
    <section class="panel" aria-labelledby="recent-heading" id="recent-documents" aria-busy={recent.loading}>
      <div class="row-between">
        <h2 id="recent-heading">{t("dashboard.recent")}</h2>
        <Link href="/documents/new" class="button">
          {t("documents.new")}
        </Link>
      </div>
      {recent.loading && !recent.data && <Loading />}
      <ProblemNotice error={recent.error} />
      {recent.data && recent.data.documents.length === 0 && <p>{t("dashboard.no_documents")}</p>}
      {recent.data && recent.data.documents.length > 0 && (
        <>
          <DocumentRows documents={recent.data.documents} />
          <p>
            <Link href="/documents">{t("dashboard.all_documents")}</Link>
          </p>
        </>
      )}
    </section>
  );
}

function LockedAccounts() {
  const agency = me.value!.agency.id;
  const loaded = useLoad(() => Promise.all([refreshLockedAccounts(), loadUnits(agency)]), []);
  const error = useSignal<unknown>(null);
  const done = useSignal<string | null>(null);
  async function unlock(user: User) {
    error.value = null;
    try {
      await api.unlockUser(user.id);
      done.value = t("users.unlocked", { name: user.display_name });
      await refreshLockedAccounts();
    } catch (failure) {
      error.value = failure;
    }
  }
  const locked = lockedAccounts.value;
  return (
    <section class="panel" aria-labelledby="locked-heading">
      <h2 id="locked-heading">{t("dashboard.locked")}</h2>
      {loaded.loading && <Loading />}
      <ProblemNotice error={loaded.error || error.value} />
      {done.value && (
        <p class="notice notice-success" role="status">
          {done.value}
        </p>
      )}
      {!loaded.loading && locked.length === 0 && <p>{t("dashboard.none_locked")}</p>}
      <ul class="plain-list">
        {locked.map((user) => (
          <li key={user.id} class="row-between">
            <span>
              <strong>{user.display_name}</strong> ({user.username}) · {label("rank", user.rank)} ·{" "}
              {unitName(user.unit)}
            </span>
            <button type="button" class="button" onClick={() => unlock(user)}>
              {t("users.unlock")}
              <span class="visually-hidden"> {user.username}</span>
            </button>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/admin/users">{t("dashboard.manage_users")}</Link>
      </p>
    </section>
  );
}

function RecentAudit() {
  const entries = useLoad(() => api.audit({ limit: 8 }), []);
  return (
    <section class="panel" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t("dashboard.recent_audit")}</h2>
      {entries.loading && <Loading />}
      <ProblemNotice error={entries.error} />
      <ul class="plain-list">
        {entries.data?.map((entry) => (
          <li key={entry.seq}>
            <span class="muted">{formatTime(entry.at)}</span> ·{" "}
            <strong>{entry.actor_name ?? t("audit.system")}</strong> ·{" "}
            {label("action", entry.action)}
            {entry.record && ` · ${label("record", entry.record.kind)}`}
          </li>
        ))}
      </ul>
      <p>
        <Link href="/audit">{t("dashboard.open_audit")}</Link>
      </p>
    </section>
  );
}
