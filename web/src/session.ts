// Who is signed in. `me` is undefined while the first check runs, null when signed out.

import { computed, signal } from "@preact/signals";
import { api, ApiError, whenSessionEnds } from "./api";
import { adoptUserLang } from "./i18n";
import { navigate } from "./router";
import type { Me, Role } from "./types";

export const me = signal<Me | null | undefined>(undefined);
/** Why the login screen is showing, when it is not the first visit. */
export const signedOutReason = signal<"expired" | "logged_out" | null>(null);

export const roles = computed(() => new Set<Role>(me.value?.user.roles ?? []));
export const isAdmin = computed(() => roles.value.has("agency_admin"));
export const isAnalyst = computed(() => roles.value.has("analyst"));
export const isAuditor = computed(() => roles.value.has("auditor"));
export const isSupervisor = computed(() => roles.value.has("supervisor"));

/** Whether the user may write a new version of a register record its agency holds. */
export function canEdit(owner: string): boolean {
  return isAnalyst.value && me.value?.agency.id === owner;
}

whenSessionEnds(() => {
  if (me.value) {
    signedOutReason.value = "expired";
    me.value = null;
  }
});

export async function loadSession() {
  try {
    const who = await api.me();
    await adoptUserLang(who.user.id);
    me.value = who;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) me.value = null;
    else throw error;
  }
}

export async function login(username: string, password: string) {
  await api.login(username, password);
  signedOutReason.value = null;
  await loadSession();
}

export async function logout() {
  try {
    await api.logout();
  } finally {
    adoptUserLang(null).catch(() => {});
    signedOutReason.value = "logged_out";
    me.value = null;
    // The next person to sign in here starts at the dashboard, not at this user's last screen.
    navigate("/", { replace: true });
  }
}
