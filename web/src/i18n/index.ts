// The interface language: English or Hindi, switchable at any time and remembered in this
// browser (per signed-in user, and as the last choice for the login screen). English ships with
// the application; the Hindi labels load the first time they are needed, so a user who reads
// English never downloads them.

import { signal } from "@preact/signals";
import { en, type MessageKey } from "./en";

export type Lang = "en" | "hi";
export type { MessageKey };

const catalogs: Partial<Record<Lang, Record<MessageKey, string>>> = { en };

/** Loads the labels of `next` (once); English is always there. */
export async function loadCatalog(next: Lang): Promise<void> {
  if (catalogs[next]) return;
  const { hi } = await import("./hi");
  catalogs.hi = hi;
}

const LAST_CHOICE = "samanvay.lang";
const userChoice = (user: string) => `samanvay.lang.${user}`;

/** The language last chosen in this browser; the app waits for its labels before it draws. */
const firstChoice = stored(LAST_CHOICE) ?? "en";
export const lang = signal<Lang>("en");
let currentUser: string | null = null;

/** Resolves once the first screen's language can be shown. */
export const languageReady: Promise<void> = loadCatalog(firstChoice).then(
  () => {
    lang.value = firstChoice;
    applyToDocument(firstChoice);
  },
  () => applyToDocument("en"),
);

/** The label for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  let text = catalogs[lang.value]?.[key] ?? en[key];
  if (params) {
    for (const [name, value] of Object.entries(params)) {
      text = text.split(`{${name}}`).join(String(value));
    }
  }
  return text;
}

/** A label for an enum value, e.g. `label("rank", "sub_inspector")`. */
export function label(group: string, value: string): string {
  const key = `${group}.${value}` as MessageKey;
  return key in en ? t(key) : value;
}

export async function setLang(next: Lang) {
  // If the labels cannot be loaded (the server went away), the interface stays as it is.
  await loadCatalog(next).catch(() => {});
  if (!catalogs[next]) return;
  lang.value = next;
  save(LAST_CHOICE, next);
  if (currentUser) save(userChoice(currentUser), next);
  applyToDocument(next);
}

/** After sign-in: the user's own remembered language, if they chose one before. */
export async function adoptUserLang(user: string | null) {
  currentUser = user;
  const own = user ? stored(userChoice(user)) : null;
  if (own && own !== lang.value) {
    await loadCatalog(own).catch(() => {});
    if (!catalogs[own]) return;
    lang.value = own;
    save(LAST_CHOICE, own);
    applyToDocument(own);
  }
}

/** The BCP 47 tag for dates and numbers. */
export function locale(): string {
  return lang.value === "hi" ? "hi-IN" : "en-IN";
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(
    date,
  );
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: "medium" }).format(date);
}

function applyToDocument(next: Lang) {
  document.documentElement.lang = next;
  document.title = (catalogs[next] ?? en)["app.name"];
}

function stored(key: string): Lang | null {
  try {
    const value = localStorage.getItem(key);
    return value === "en" || value === "hi" ? value : null;
  } catch {
    return null;
  }
}

function save(key: string, value: Lang) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}
