// The application: the login screen when signed out, otherwise the shell (header, navigation
// with the user's posting, language switch) around the screen the address names.

import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { lockedAccounts, refreshLockedAccounts } from "./attention";
import { Link, PageTitle } from "./components/common";
import { forgetDirectory, loadAgencies } from "./directory";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { label, t, type MessageKey } from "./i18n";
import { place } from "./router";
import { Dashboard } from "./screens/Dashboard";
import { Login } from "./screens/Login";
import { isAdmin, logout, me } from "./session";

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
    return () => {
      forgetDirectory();
      lockedAccounts.value = [];
    };
  }, [who.user.id]);
  // Close the phone menu whenever the screen changes.
  const path = place.value.path;
  useEffect(() => {
    menuOpen.value = false;
  }, [path]);

  return (
    <div class="shell">
      <a class="skip-link" href="#main">
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
        <LanguageSwitch />
        <button type="button" class="button-quiet logout" onClick={() => logout()}>
          {t("shell.logout")}
        </button>
      </header>
      <div class="layout">
        <nav id="main-nav" class={menuOpen.value ? "nav open" : "nav"} aria-label={t("shell.nav")}>
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

function NavItem(props: { href: string; label: MessageKey; exact?: boolean; badge?: number }) {
  const path = place.value.path;
  const current = props.exact ? path === props.href : path.startsWith(props.href);
  return (
    <li>
      <Link href={props.href} aria-current={current ? "page" : undefined}>
        {t(props.label)}
        {props.badge ? (
          <span class="badge">
            {props.badge}
            <span class="visually-hidden"> {t("nav.locked_badge")}</span>
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
  return <NoSuchPage />;
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
