// The application: the login screen when signed out, otherwise the shell (header, navigation
// with the user's posting, language switch) around the screen the address names.

import { useSignal } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { useEffect } from "preact/hooks";
import {
  lockedAccounts,
  refreshInputs,
  refreshLockedAccounts,
  refreshNotifications,
  unreadNotifications,
  waitingInputs,
} from "./attention";
import { AlarmBanner } from "./components/AlarmBanner";
import { LiveIndicator } from "./components/LiveIndicator";
import { Link, PageTitle } from "./components/common";
import { forgetDirectory, loadAgencies } from "./directory";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { label, t, type MessageKey } from "./i18n";
import { lazyScreen } from "./lazy";
import { place } from "./router";
import { Dashboard } from "./screens/Dashboard";
import { Login } from "./screens/Login";
import { api } from "./api";
import { alarm } from "./inputs/alarm";
import { unreadInChannels } from "./channels/unread";
import { goLive } from "./live";
import { isAdmin, isAnalyst, isAuditor, isSupervisor, logout, me } from "./session";
import { streamState } from "./stream";
import type { Role } from "./types";

const Library = lazyScreen(() => import("./screens/Library"));
const DocumentPage = lazyScreen(() => import("./screens/DocumentPage"));
const DocumentForm = lazyScreen(() => import("./screens/DocumentForm"));
const Users = lazyScreen(() => import("./screens/Users"));
const NewUser = lazyScreen(() => import("./screens/NewUser"));
const Units = lazyScreen(() => import("./screens/Units"));
const Audit = lazyScreen(() => import("./screens/Audit"));
const Search = lazyScreen(() => import("./screens/Search"));
const PersonPage = lazyScreen(() => import("./screens/PersonPage"));
const OrganisationPage = lazyScreen(() => import("./screens/OrganisationPage"));
const Watchlist = lazyScreen(() => import("./screens/Watchlist"));
const Notifications = lazyScreen(() => import("./screens/Notifications"));
const Import = lazyScreen(() => import("./screens/Import"));
const PersonForm = lazyScreen(() => import("./screens/PersonForm"));
const OrganisationForm = lazyScreen(() => import("./screens/OrganisationForm"));
const Inbox = lazyScreen(() => import("./screens/Inbox"));
const InputPage = lazyScreen(() => import("./screens/InputPage"));
const IssueInput = lazyScreen(() => import("./screens/IssueInput"));
const Compliance = lazyScreen(() => import("./screens/Compliance"));
const Channels = lazyScreen(() => import("./screens/Channels"));
const ChannelNew = lazyScreen(() => import("./screens/ChannelNew"));
const ChannelMembers = lazyScreen(() => import("./screens/ChannelMembers"));
const ChannelArchive = lazyScreen(() => import("./screens/ChannelArchive"));

/** How often the counts are asked for while the live stream is down. */
const COUNTS_EVERY_MS = 60_000;

export function App() {
  const who = me.value;
  if (who === undefined) {
    return (
      <p class="splash" role="status">
        {t("common.loading")}
      </p>
    );
  }
  if (who === null) return <Login />;
  return <Shell />;
}

function Shell() {
  const who = me.value!;
  const menuOpen = useSignal(false);
  useEffect(() => {
    loadAgencies().catch(() => {});
    if (isAdmin.value) refreshLockedAccounts().catch(() => {});
    refreshNotifications().catch(() => {});
    refreshInputs().catch(() => {});
    // Badges follow the stream; asking now and then covers a stream that cannot connect.
    const poll = window.setInterval(() => {
      if (streamState.value === "live") return;
      refreshNotifications().catch(() => {});
      refreshInputs().catch(() => {});
    }, COUNTS_EVERY_MS);
    // The server ended the stream with the session: asking who is signed in shows the login.
    const stopLive = goLive(() => api.me().catch(() => {}));
    return () => {
      window.clearInterval(poll);
      stopLive();
      forgetDirectory();
      lockedAccounts.value = [];
      unreadNotifications.value = 0;
      waitingInputs.value = 0;
      alarm.value = null;
    };
  }, [who.user.id]);
  // Close the phone menu whenever the screen changes.
  const path = place.value.path;
  useEffect(() => {
    menuOpen.value = false;
  }, [path]);

  return (
    <div class="shell">
      <a
        class="skip-link"
        href="#main"
        onClick={(e) => {
          // Move the focus without changing the address (the router owns it).
          e.preventDefault();
          document.getElementById("main")?.focus();
        }}
      >
        {t("shell.skip")}
      </a>
      <header class="topbar">
        <button
          type="button"
          class="menu-button"
          aria-expanded={menuOpen.value}
          aria-controls="main-nav"
          onClick={() => (menuOpen.value = !menuOpen.value)}
        >
          <span aria-hidden="true">☰</span>
          <span class="visually-hidden">{t("shell.menu")}</span>
        </button>
        <Link href="/" class="brand">
          <span lang="en">Samanvay</span> <span lang="hi">समन्वय</span>
        </Link>
        <LiveIndicator />
        <LanguageSwitch />
        <button type="button" class="button-quiet logout" onClick={() => logout()}>
          {t("shell.logout")}
        </button>
      </header>
      <AlarmBanner />
      <div class="layout">
        <nav
          id="main-nav"
          class={menuOpen.value ? "nav open" : "nav"}
          aria-label={t("shell.nav")}
          onKeyDown={(e) => {
            // Escape closes the phone menu and returns to its button.
            if (e.key === "Escape" && menuOpen.value) {
              menuOpen.value = false;
              document.querySelector<HTMLButtonElement>(".menu-button")?.focus();
            }
          }}
        >
          <section class="who" aria-label={t("shell.you")}>
            <p class="who-name">{who.user.display_name}</p>
            <p>
              {label("rank", who.user.rank)}
              {who.user.post && ` · ${who.user.post}`}
            </p>
            <p>{who.unit.name}</p>
            <p class="who-agency">{who.agency.name}</p>
          </section>
          <ul>
            <NavItem href="/" label="nav.dashboard" exact />
            <NavItem href="/search" label="nav.search" also={["/persons", "/organisations"]} />
            <NavItem
              href="/inputs"
              label="nav.inbox"
              badge={waitingInputs.value}
              badgeLabel="nav.inbox_badge"
            />
            {(isSupervisor.value || isAnalyst.value) && (
              <NavItem href="/compliance" label="nav.compliance" />
            )}
            <NavItem
              href="/channels"
              label="nav.channels"
              badge={unreadInChannels.value}
              badgeLabel="channels.unread"
            />
            <NavItem
              href="/notifications"
              label="nav.notifications"
              badge={unreadNotifications.value}
              badgeLabel="nav.unread_badge"
            />
            <NavItem href="/watches" label="nav.watches" />
            {isAnalyst.value && <NavItem href="/import" label="nav.import" />}
            <NavItem href="/documents" label="nav.documents" />
            {isAdmin.value && (
              <NavItem
                href="/admin/users"
                label="nav.users"
                badge={lockedAccounts.value.length}
                badgeLabel="nav.locked_badge"
              />
            )}
            {isAdmin.value && <NavItem href="/admin/units" label="nav.units" />}
            {isAuditor.value && <NavItem href="/audit" label="nav.audit" />}
          </ul>
          <button type="button" class="button nav-logout" onClick={() => logout()}>
            {t("shell.logout")}
          </button>
        </nav>
        <main id="main" tabIndex={-1}>
          <Screen />
        </main>
      </div>
    </div>
  );
}

function NavItem(props: {
  href: string;
  label: MessageKey;
  exact?: boolean;
  /** Other address prefixes that belong to this item (a person page to the search). */
  also?: string[];
  badge?: number;
  badgeLabel?: MessageKey;
}) {
  const path = place.value.path;
  const current = props.exact
    ? path === props.href
    : [props.href, ...(props.also ?? [])].some((prefix) => path.startsWith(prefix));
  return (
    <li>
      <Link href={props.href} aria-current={current ? "page" : undefined}>
        {t(props.label)}
        {props.badge ? (
          <span class="badge">
            {props.badge}
            {props.badgeLabel && <span class="visually-hidden"> {t(props.badgeLabel)}</span>}
          </span>
        ) : null}
      </Link>
    </li>
  );
}

/** The screen for the current address. */
function Screen() {
  const { path } = place.value;
  const parts = path.split("/").filter(Boolean);
  if (parts.length === 0) return <Dashboard />;
  if (parts[0] === "documents") {
    if (parts.length === 1) return <Library />;
    if (parts.length === 2 && parts[1] === "new") return <DocumentForm />;
    if (parts.length === 2) return <DocumentPage key={parts[1]} id={parts[1]} />;
    if (parts.length === 3 && parts[2] === "edit")
      return <DocumentForm key={parts[1]} id={parts[1]} />;
  }
  if (parts[0] === "search" && parts.length === 1) return <Search />;
  if (parts[0] === "persons" || parts[0] === "organisations") {
    const person = parts[0] === "persons";
    const Page = person ? PersonPage : OrganisationPage;
    const Form = person ? PersonForm : OrganisationForm;
    if (parts.length === 2 && parts[1] === "new")
      return <Gated role="analyst" screen={<Form key="new" />} />;
    if (parts.length === 2) return <Page key={parts[1]} id={parts[1]} />;
    if (parts.length === 3 && parts[2] === "edit")
      return <Gated role="analyst" screen={<Form key={parts[1]} id={parts[1]} />} />;
  }
  if (parts[0] === "inputs") {
    if (parts.length === 1) return <Inbox />;
    if (parts.length === 2 && parts[1] === "new") return <Gated role="analyst" screen={<IssueInput />} />;
    if (parts.length === 2) return <InputPage key={parts[1]} id={parts[1]} />;
  }
  if (parts[0] === "channels") {
    if (parts.length === 1) return <Channels />;
    if (parts.length === 2 && parts[1] === "new") return <ChannelNew />;
    if (parts.length === 2) return <Channels id={parts[1]} />;
    if (parts.length === 3 && parts[2] === "members")
      return <ChannelMembers key={parts[1]} id={parts[1]} />;
    if (parts.length === 3 && parts[2] === "archive")
      return <Gated role="auditor" screen={<ChannelArchive key={parts[1]} id={parts[1]} />} />;
  }
  if (parts[0] === "compliance" && parts.length === 1)
    return <Gated role={["supervisor", "analyst"]} screen={<Compliance />} />;
  if (parts[0] === "watches" && parts.length === 1) return <Watchlist />;
  if (parts[0] === "notifications" && parts.length === 1) return <Notifications />;
  if (parts[0] === "import" && parts.length === 1) return <Gated role="analyst" screen={<Import />} />;
  if (parts[0] === "admin" && parts.length === 2) {
    if (parts[1] === "users") return <Gated role="agency_admin" screen={<Users />} />;
    if (parts[1] === "units") return <Gated role="agency_admin" screen={<Units />} />;
  }
  if (parts[0] === "admin" && parts[1] === "users" && parts[2] === "new" && parts.length === 3)
    return <Gated role="agency_admin" screen={<NewUser />} />;
  if (parts[0] === "audit" && parts.length === 1)
    return <Gated role="auditor" screen={<Audit />} />;
  return <NoSuchPage />;
}

/** The screen for users holding the role (or one of the roles); a refusal for the others. */
function Gated({ role, screen }: { role: Role | Role[]; screen: ComponentChildren }) {
  const allowed = Array.isArray(role) ? role : [role];
  if (allowed.some((r) => me.value?.user.roles.includes(r))) return <>{screen}</>;
  return (
    <>
      <PageTitle>{t("problem.forbidden_title")}</PageTitle>
      <div class="notice notice-error" role="alert">
        {t("problem.needs_role", { role: allowed.map((r) => label("role", r)).join(" / ") })}
      </div>
    </>
  );
}

function NoSuchPage() {
  return (
    <>
      <PageTitle>{t("problem.no_page_title")}</PageTitle>
      <p>{t("problem.no_page")}</p>
      <p>
        <Link href="/">{t("nav.dashboard")}</Link>
      </p>
    </>
  );
}
