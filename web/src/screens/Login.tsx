// Sign in. A failed login says only that the username or password is wrong; a locked account
// says so, with whom to ask (the server's problem detail).

import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { ProblemNotice } from "../components/common";
import { t } from "../i18n";
import { login, signedOutReason } from "../session";

export function Login() {
  const username = useSignal("");
  const password = useSignal("");
  const busy = useSignal(false);
  const error = useSignal<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const passwordField = useRef<HTMLInputElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);

  async function submit(event: Event) {
    event.preventDefault();
    busy.value = true;
    error.value = null;
    try {
      await login(username.value.trim(), password.value);
    } catch (failure) {
      error.value = failure;
      password.value = "";
      passwordField.current?.focus();
    } finally {
      busy.value = false;
    }
  }

  const reason = signedOutReason.value;
  return (
    <main class="login-page">
      <div class="login-card">
        <div class="login-top">
          <p class="brand-large">
            <span lang="en">Samanvay</span> · <span lang="hi">समन्वय</span>
          </p>
          <LanguageSwitch />
        </div>
        <h1 ref={heading} tabIndex={-1}>
          {t("login.title")}
        </h1>
        <p class="muted">{t("login.intro")}</p>
        {reason && !error.value && (
          <div class="notice notice-info" role="status">
            {t(reason === "expired" ? "login.expired" : "login.logged_out")}
          </div>
        )}
        <ProblemNotice error={error.value} />
        <form onSubmit={submit} class="stack">
          <div class="field">
            <label for="login-username">{t("login.username")}</label>
            <input
              id="login-username"
              name="username"
              autocomplete="username"
              autocapitalize="none"
              spellcheck={false}
              required
              value={username.value}
              onInput={(e) => (username.value = e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="login-password">{t("login.password")}</label>
            <input
              id="login-password"
              ref={passwordField}
              name="password"
              type="password"
              autocomplete="current-password"
              required
              value={password.value}
              onInput={(e) => (password.value = e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button-primary" disabled={busy.value}>
            {busy.value ? t("login.signing_in") : t("login.submit")}
          </button>
        </form>
        <p class="fine-print">{t("login.notice")}</p>
      </div>
    </main>
  );
}
