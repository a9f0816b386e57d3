// Helpers for the browser tests: Debian's chromium through playwright-core, signing in through
// the real login screen, screenshots at desktop and phone width, and a small API client for
// setting up records.

import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { DEMO_PASSWORD } from "./server.mjs";

export { DEMO_PASSWORD };
const web = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SCREENSHOTS = join(web, "screenshots");
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

export function serverUrl() {
  const url = process.env.SAMANVAY_URL;
  if (!url) throw new Error("SAMANVAY_URL is not set: run the tests with `npm run test:e2e`.");
  return url;
}

/** Headless chromium with the flags this machine's closed network needs. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/** A fresh context (no cookies, no storage) and a page on the server. */
export async function newPage(browser, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, baseURL: serverUrl(), locale: "en-IN" });
  const page = await context.newPage();
  // Script errors and console errors (a Content-Security-Policy violation is one) fail tests
  // through `expectNoPageErrors`.
  page.problems = [];
  page.on("pageerror", (error) => page.problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !isExpectedHttpError(message.text()))
      page.problems.push(`console: ${message.text()}`);
  });
  return page;
}

// The browser logs every 4xx answer of fetch; the tests provoke some on purpose.
function isExpectedHttpError(text) {
  return /Failed to load resource: the server responded with a status of (401|403|404|409|415|422)/.test(text);
}

export function expectNoPageErrors(page) {
  if (page.problems.length > 0) throw new Error(page.problems.join("\n"));
}

/** Signs in through the login screen and waits for the dashboard. */
export async function signIn(page, username, password = DEMO_PASSWORD) {
  if (!page.url().startsWith(serverUrl())) await page.goto("/");
  await page.getByLabel(/Username|उपयोगकर्ता नाम/).fill(username);
  await page.getByLabel(/^(Password|पासवर्ड)$/).fill(password);
  await page.getByRole("button", { name: /^(Log in|लॉग इन करें)$/ }).click();
  await page.locator("header.topbar").waitFor();
}

export async function signOut(page) {
  const menu = page.getByRole("button", { name: /^(Menu|मेनू)$/ });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) === "false")
    await menu.click();
  await page.getByRole("button", { name: /^(Log out|लॉग आउट)$/ }).click();
  await page.getByRole("heading", { level: 1, name: /^(Log in|लॉग इन)$/ }).waitFor();
}

/** Screenshots of the current screen at desktop and at phone width. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  await settle(page);
  await page.setViewportSize(DESKTOP);
  await settle(page);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`), fullPage: await fits(page) });
  await page.setViewportSize(PHONE);
  await settle(page);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: await fits(page) });
  if (original) await page.setViewportSize(original);
}

// A whole page unless it is very long (a list of users, say): then what a person sees first.
async function fits(page) {
  return page.evaluate(() => document.documentElement.scrollHeight <= 3 * window.innerHeight);
}

async function settle(page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState("networkidle");
}

/** Nothing on the page is wider than the window: no sideways scrolling on a phone. */
export async function assertNoHorizontalScroll(page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  if (scroll > width) throw new Error(`the page is ${scroll}px wide in a ${width}px window`);
}

/** The API as a user, with a Bearer token: for setting up what a test needs. */
export async function apiAs(username, password = DEMO_PASSWORD) {
  const base = serverUrl();
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`login as ${username}: ${login.status} ${await login.text()}`);
  const { token, user } = await login.json();
  async function call(method, path, body) {
    const response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : undefined;
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return json;
  }
  return {
    user,
    get: (path) => call("GET", path),
    post: (path, body) => call("POST", path, body),
    put: (path, body) => call("PUT", path, body),
  };
}

/** A name no earlier run used, for users and documents the tests create. */
export function unique(prefix) {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/**
 * A Delhi–Haryana border channel owned by `owner` (an `apiAs` client): restricted, readable by
 * Haryana Police beside the owner's agency, with PS Ganaur as a member unless `ganaur` is false,
 * and the `users` (ids) as members.
 */
export async function borderChannel(owner, { name, description, ganaur = true, users = [] }) {
  const haryana = (await owner.get("/agencies")).find((a) => a.code === "HR");
  if (!haryana) throw new Error("the demo has Haryana Police");
  const members = users.map((id) => ({ subject: { kind: "user", id }, role: "member" }));
  if (ganaur) {
    const unit = (await owner.get("/units")).find((u) => u.name === "PS Ganaur");
    if (!unit) throw new Error("the demo has PS Ganaur");
    members.unshift({ subject: { kind: "unit", id: unit.id }, role: "member" });
  }
  return owner.post("/channels", {
    name: unique(name),
    description,
    marking: {
      classification: "restricted",
      distribution: { kind: "agencies", agencies: [haryana.id] },
      handling: [],
      pointer: false,
    },
    members,
  });
}
