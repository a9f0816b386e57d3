// Creating an account in the admin's agency: posting, rank, roles and clearance no higher than
// the admin's own, and a first password the user is told out of band.

import { useSignal } from "@preact/signals";
import { api } from "../api";
import { refreshLockedAccounts } from "../attention";
import { Link, Loading, PageTitle, ProblemNotice, useLoad } from "../components/common";
import { loadUnits } from "../directory";
import { label, t } from "../i18n";
import { navigate } from "../router";
import { me } from "../session";
import { CLASSIFICATIONS, RANKS, ROLES, type Classification, type Rank, type Role } from "../types";

export default function NewUser() {
  const admin = me.value!;
  const units = useLoad(() => loadUnits(admin.agency.id), []);
  const username = useSignal("");
  const displayName = useSignal("");
  const unit = useSignal("");
  const rank = useSignal<Rank>("sub_inspector");
  const post = useSignal("");
  const roles = useSignal<Role[]>(["officer"]);
  const clearance = useSignal<Classification>("restricted");
  const password = useSignal("");
  const error = useSignal<unknown>(null);
  const busy = useSignal(false);
  const allowedRoles = ROLES.filter((r) => admin.user.roles.includes(r));
  const allowedClearances = CLASSIFICATIONS.slice(
    0,
    CLASSIFICATIONS.indexOf(admin.user.clearance) + 1,
  );

  async function submit(event: Event) {
    event.preventDefault();
    error.value = null;
    busy.value = true;
    try {
      await api.createUser({
        username: username.value.trim().toLowerCase(),
        display_name: displayName.value,
        unit: unit.value,
        rank: rank.value,
        post: post.value,
        roles: roles.value,
        clearance: clearance.value,
        password: password.value,
      });
      await refreshLockedAccounts().catch(() => {});
      navigate(`/admin/users?created=${encodeURIComponent(username.value.trim().toLowerCase())}`);
    } catch (failure) {
      error.value = failure;
    } finally {
      busy.value = false;
    }
  }

  return (
    <>
      <p class="breadcrumb">
        <Link href="/admin/users">{t("users.title")}</Link>
      </p>
      <PageTitle>{t("users.new_title")}</PageTitle>
      {units.loading && <Loading />}
      <ProblemNotice error={units.error} />
      <form class="stack form-narrow" onSubmit={submit}>
        <div class="field">
          <label for="nu-username">{t("users.username")}</label>
          <input
            id="nu-username"
            required
            pattern="[a-z0-9._\-]{3,64}"
            autocapitalize="none"
            spellcheck={false}
            aria-describedby="nu-username-hint"
            value={username.value}
            onInput={(e) => (username.value = e.currentTarget.value)}
          />
          <p class="hint" id="nu-username-hint">
            {t("users.username_hint")}
          </p>
        </div>
        <div class="field">
          <label for="nu-name">{t("users.display_name")}</label>
          <input
            id="nu-name"
            required
            value={displayName.value}
            onInput={(e) => (displayName.value = e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="nu-unit">{t("users.unit")}</label>
          <select id="nu-unit" required value={unit.value} onChange={(e) => (unit.value = e.currentTarget.value)}>
            <option value="">{t("common.choose")}</option>
            {(units.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({label("unit_kind", u.kind)})
              </option>
            ))}
          </select>
        </div>
        <div class="field-row">
          <div class="field">
            <label for="nu-rank">{t("users.rank")}</label>
            <select id="nu-rank" value={rank.value} onChange={(e) => (rank.value = e.currentTarget.value as Rank)}>
              {RANKS.map((r) => (
                <option key={r} value={r}>
                  {label("rank", r)}
                </option>
              ))}
            </select>
          </div>
          <div class="field grow">
            <label for="nu-post">{t("users.post")}</label>
            <input id="nu-post" value={post.value} onInput={(e) => (post.value = e.currentTarget.value)} />
          </div>
        </div>
        <fieldset class="choice-group">
          <legend>{t("users.roles")}</legend>
          {allowedRoles.map((r) => (
            <label key={r} class="choice">
              <input
                type="checkbox"
                checked={roles.value.includes(r)}
                onChange={(e) =>
                  (roles.value = e.currentTarget.checked
                    ? [...roles.value, r]
                    : roles.value.filter((x) => x !== r))
                }
              />
              {label("role", r)}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="nu-clearance">{t("users.clearance")}</label>
          <select
            id="nu-clearance"
            value={clearance.value}
            onChange={(e) => (clearance.value = e.currentTarget.value as Classification)}
          >
            {allowedClearances.map((c) => (
              <option key={c} value={c}>
                {label("classification", c)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="nu-password">{t("users.first_password")}</label>
          <input
            id="nu-password"
            type="password"
            autocomplete="new-password"
            required
            minLength={12}
            maxLength={128}
            aria-describedby="nu-password-hint"
            value={password.value}
            onInput={(e) => (password.value = e.currentTarget.value)}
          />
          <p class="hint" id="nu-password-hint">
            {t("users.password_hint")}
          </p>
        </div>
        <ProblemNotice error={error.value} />
        <div class="actions">
          <button type="submit" class="button-primary" disabled={busy.value}>
            {t("users.create")}
          </button>
          <Link href="/admin/users" class="button">
            {t("common.cancel")}
          </Link>
        </div>
      </form>
    </>
  );
}
