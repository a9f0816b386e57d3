// Small building blocks shared by the screens.

import type { AnchorHTMLAttributes, ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError } from "../api";
import { lang, t, type MessageKey } from "../i18n";
import { followLink } from "../router";

export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} onClick={followLink} />;
}

/** The screen's heading; it takes the focus when the screen opens, for screen readers. */
export function PageTitle({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} class="page-title">
      {children}
    </h1>
  );
}

export function Loading() {
  return (
    <p class="loading" role="status">
      {t("common.loading")}
    </p>
  );
}

/** What went wrong, in the interface language where the server's message is a fixed one. */
export function problemText(error: unknown): string {
  if (!(error instanceof ApiError)) return t("problem.unexpected");
  const fixed: Record<string, MessageKey> = {
    "login-failed": "problem.login-failed",
    "account-locked": "problem.account-locked",
    "not-found": "problem.not-found",
    offline: "problem.offline",
    internal: "problem.internal",
    unavailable: "problem.unavailable",
  };
  const key = fixed[error.kind];
  if (key && (lang.value === "hi" || error.kind === "offline")) return t(key);
  const { agency, contact_unit } = error.problem;
  if (error.kind === "held-by-another-agency" && agency && contact_unit) {
    return t("problem.held", { agency, unit: contact_unit });
  }
  return error.problem.detail || error.problem.title;
}

export function ProblemNotice({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <div class="notice notice-error" role="alert">
      {problemText(error)}
    </div>
  );
}

export function Notice({
  kind = "info",
  children,
}: {
  kind?: "info" | "success" | "warning";
  children: ComponentChildren;
}) {
  return (
    <div class={`notice notice-${kind}`} role="status">
      {children}
    </div>
  );
}

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Loads data for a screen and reloads it when `deps` change. Until the answer for the current
 * `deps` arrives, `data` is undefined: a screen never shows one search's results under
 * another's heading. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const key = JSON.stringify(deps);
  const [state, setState] = useState<{ key: string | null; data?: T; error: unknown }>({
    key: null,
    error: null,
  });
  const [round, setRound] = useState(0);
  const [reloading, setReloading] = useState(false);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ key, data, error: null }),
      (error) => current && setState({ key, data: undefined, error }),
    );
    return () => {
      current = false;
    };
  }, [key, round]);
  const fresh = state.key === key;
  useEffect(() => setReloading(false), [state]);
  return {
    data: fresh ? state.data : undefined,
    error: fresh ? state.error : null,
    loading: !fresh || reloading,
    reload: () => {
      setReloading(true);
      setRound((r) => r + 1);
    },
  };
}

/** A table that turns into labelled cards on a narrow screen (see `.cards` in the styles). */
export function Cell({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <td data-label={label}>
      <div>{children}</div>
    </td>
  );
}
