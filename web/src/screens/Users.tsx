// Agency administration: the agency's accounts, with unlock, disable, enable and password
// reset. Accounts more privileged than the admin are listed but cannot be managed.

import { useSignal } from "@preact/signals";
import { api } from "../api";
import { refreshLockedAccounts } from "../attention";
import { Cell, Link, Loading, PageTitle, ProblemNotice, useLoad } from "../components/common";
import { loadUnits, unitName } from "../directory";
import { label, t } from "../i18n";
import { place } from "../router";
import { me } from "../session";
import { CLASSIFICATIONS, type AccountStatus, type User } from "../types";

const PAGE = 25;

export default function Users() {
  const agency = me.value!.agency.id;
  const users = useLoad(async () => {
    await loadUnits(agency).catch(() => {});
    return refreshLockedAccounts();
  }, []);
  const filter = useSignal("");
  const status = useSignal<AccountStatus | "">("");
  const created = place.value.query.get("created");
  const message = useSignal<string | null>(created ? t("users.created", { username: created }) : null);
  const error = useSignal<unknown>(null);
  const resetting = useSignal<User | null>(null);
  const page = useSignal(0);

  async function act(user: User, action: "unlock" | "disable" | "enable") {
    message.value = null;
    error.value = null;
    try {
      if (action === "unlock") await api.unlockUser(user.id);
      if (action === "disable") await api.disableUser(user.id);
      if (action === "enable") await api.enableUser(user.id);
      const done = { unlock: "users.unlocked", disable: "users.disabled", enable: "users.enabled" } as const;
      message.value = t(done[action], { name: user.display_name });
      users.reload();
    } catch (failure) {
      error.value = failure;
    }
  }

  const needle = filter.value.trim().toLowerCase();
  const matching = (users.data ?? []).filter(
    (u) =>
      (!status.value || u.status === status.value) &&
      (!needle ||
        u.username.includes(needle) ||
        u.display_name.toLowerCase().includes(needle) ||
        u.post.toLowerCase().includes(needle) ||
        unitName(u.unit).toLowerCase().includes(needle)),
  );
  // Locked accounts first: they are what an admin comes here for.
  matching.sort(
    (a, b) =>
      Number(b.status === "locked") - Number(a.status === "locked") ||
      a.display_name.localeCompare(b.display_name),
  );
  const pages = Math.max(1, Math.ceil(matching.length / PAGE));
  const current = Math.min(page.value, pages - 1);
  const shown = matching.slice(current * PAGE, (current + 1) * PAGE);

  return (
    <>
      <div class="row-between">
        <PageTitle>{t("users.title")}</PageTitle>
        <Link href="/admin/users/new" class="button button-primary">
          {t("users.new")}
        </Link>
      </div>
      <div class="filters">
        <div class="field">
          <label for="user-filter">{t("users.filter")}</label>
          <input
            id="user-filter"
            type="search"
            value={filter.value}
            onInput={(e) => {
              filter.value = e.currentTarget.value;
              page.value = 0;
            }}
          />
        </div>
        <div class="field">
          <label for="user-status">{t("users.status")}</label>
          <select
            id="user-status"
            value={status.value}
            onChange={(e) => {
              status.value = e.currentTarget.value as AccountStatus | "";
              page.value = 0;
            }}
          >
            <option value="">{t("common.all")}</option>
            {(["active", "locked", "disabled"] as const).map((s) => (
              <option key={s} value={s}>
                {label("status", s)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div aria-live="polite">
        {message.value && <p class="notice notice-success">{message.value}</p>}
      </div>
      <ProblemNotice error={users.error || error.value} />
      {users.loading && !users.data && <Loading />}
      {users.data && (
        <table class="cards">
          <caption class="visually-hidden">{t("users.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("users.name")}</th>
              <th scope="col">{t("users.rank_post")}</th>
              <th scope="col">{t("users.unit")}</th>
              <th scope="col">{t("users.roles")}</th>
              <th scope="col">{t("users.clearance")}</th>
              <th scope="col">{t("users.status")}</th>
              <th scope="col">{t("users.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((user) => (
              <UserRow key={user.id} user={user} act={act} reset={() => (resetting.value = user)} />
            ))}
          </tbody>
        </table>
      )}
      {users.data && shown.length === 0 && <p>{t("users.none")}</p>}
      {pages > 1 && (
        <nav class="pager" aria-label={t("common.pages")}>
          <button type="button" class="button" disabled={current === 0} onClick={() => (page.value = current - 1)}>
            {t("common.previous")}
          </button>
          <span class="pager-position">{t("common.page_of", { page: current + 1, pages })}</span>
          <button
            type="button"
            class="button"
            disabled={current >= pages - 1}
            onClick={() => (page.value = current + 1)}
          >
            {t("common.next")}
          </button>
        </nav>
      )}
      {resetting.value && (
        <ResetPassword
          user={resetting.value}
          close={(done) => {
            if (done) message.value = t("users.password_reset", { name: resetting.value!.display_name });
            resetting.value = null;
          }}
        />
      )}
    </>
  );
}

function manageable(user: User): boolean {
  const admin = me.value!.user;
  return (
    CLASSIFICATIONS.indexOf(user.clearance) <= CLASSIFICATIONS.indexOf(admin.clearance) &&
    user.roles.every((r) => admin.roles.includes(r))
  );
}

function UserRow(props: {
  user: User;
  act: (user: User, action: "unlock" | "disable" | "enable") => void;
  reset: () => void;
}) {
  const { user, act, reset } = props;
  const self = user.id === me.value?.user.id;
  const who = <span class="visually-hidden"> {user.username}</span>;
  return (
    <tr class={`status-${user.status}`}>
      <Cell label={t("users.name")}>
        <strong>{user.display_name}</strong>
        <br />
        <span class="muted">{user.username}</span>
      </Cell>
      <Cell label={t("users.rank_post")}>
        {label("rank", user.rank)}
        {user.post && <span class="muted"> · {user.post}</span>}
      </Cell>
      <Cell label={t("users.unit")}>{unitName(user.unit)}</Cell>
      <Cell label={t("users.roles")}>{user.roles.map((r) => label("role", r)).join(", ")}</Cell>
      <Cell label={t("users.clearance")}>{label("classification", user.clearance)}</Cell>
      <Cell label={t("users.status")}>
        <span class={`status status-${user.status}`}>{label("status", user.status)}</span>
      </Cell>
      <Cell label={t("users.actions")}>
        {manageable(user) ? (
          <div class="row-actions">
            {user.status === "locked" && (
              <button type="button" class="button button-small" onClick={() => act(user, "unlock")}>
                {t("users.unlock")}
                {who}
              </button>
            )}
            {user.status !== "disabled" && !self && (
              <button type="button" class="button button-small button-danger" onClick={() => act(user, "disable")}>
                {t("users.disable")}
                {who}
              </button>
            )}
            {user.status === "disabled" && (
              <button type="button" class="button button-small" onClick={() => act(user, "enable")}>
                {t("users.enable")}
                {who}
              </button>
            )}
            <button type="button" class="button button-small" onClick={reset}>
              {t("users.reset_password")}
              {who}
            </button>
          </div>
        ) : (
          <span class="muted">{t("users.beyond_you")}</span>
        )}
      </Cell>
    </tr>
  );
}

function ResetPassword({ user, close }: { user: User; close: (done: boolean) => void }) {
  const password = useSignal("");
  const error = useSignal<unknown>(null);
  const busy = useSignal(false);
  async function submit(event: Event) {
    event.preventDefault();
    busy.value = true;
    error.value = null;
    try {
      await api.resetPassword(user.id, password.value);
      close(true);
    } catch (failure) {
      error.value = failure;
    } finally {
      busy.value = false;
    }
  }
  return (
    <dialog
      // A modal: the browser keeps the focus inside, and Escape closes it.
      ref={(el) => {
        if (el && !el.open) el.showModal();
      }}
      aria-labelledby="reset-heading"
      onClose={() => close(false)}
      class="dialog"
    >
      <form class="stack" onSubmit={submit}>
        <h2 id="reset-heading">{t("users.reset_title", { name: user.display_name })}</h2>
        <p class="muted">{t("users.reset_explain")}</p>
        <div class="field">
          <label for="reset-password">{t("users.new_password")}</label>
          <input
            id="reset-password"
            type="password"
            autocomplete="new-password"
            minLength={12}
            maxLength={128}
            required
            aria-describedby="reset-password-hint"
            value={password.value}
            onInput={(e) => (password.value = e.currentTarget.value)}
          />
          <p class="hint" id="reset-password-hint">
            {t("users.password_hint")}
          </p>
        </div>
        <ProblemNotice error={error.value} />
        <div class="actions">
          <button type="submit" class="button-primary" disabled={busy.value}>
            {t("users.reset_password")}
          </button>
          <button type="button" class="button" onClick={() => close(false)}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
