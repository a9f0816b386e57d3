// The live stream: one WebSocket per signed-in tab; a notification caused by another user's
// action updates the badge without a reload; a dropped connection comes back by itself and
// resumes after the last event seen.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { apiAs, expectNoPageErrors, launchBrowser, newPage, signIn, signOut } from "../support.mjs";

const SHARED = { classification: "restricted", distribution: { kind: "all_agencies" }, handling: [], pointer: true };

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Records every WebSocket the page opens, so a test can see its address and drop it. */
async function recordSockets(page) {
  await page.addInitScript(() => {
    const Original = window.WebSocket;
    window.__sockets = [];
    window.WebSocket = class extends Original {
      constructor(...args) {
        super(...args);
        window.__sockets.push(this);
      }
    };
  });
}

function randomPhone() {
  return `9${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
}

async function badgeCount(page) {
  const badge = page.locator("nav#main-nav").getByRole("link", { name: /Notifications/ }).locator(".badge");
  return (await badge.count()) ? Number((await badge.innerText()).match(/\d+/)[0]) : 0;
}

test("a notification caused by another user's action appears without reload", async () => {
  const sho = await apiAs("dl.sho.alipur");
  const analyst = await apiAs("dl.analyst");
  const phone = randomPhone();
  await sho.post("/watches", { kind: "identifier", identifier: { kind: "mobile", value: phone } });

  const page = await newPage(browser);
  await recordSockets(page);
  await signIn(page, "dl.sho.alipur");
  await page.locator('.live-indicator[data-state="live"]').waitFor();
  assert.equal(await page.evaluate(() => window.__sockets.length), 1, "one stream per tab");
  const before = await badgeCount(page);
  // A marker that a reload would wipe.
  await page.evaluate(() => (window.__notReloaded = true));

  await analyst.post("/persons", {
    names: [{ text: "Live Streamtest", kind: "primary" }],
    identifiers: [{ kind: "mobile", value: phone }],
    marking: SHARED,
  });
  await page.waitForFunction(
    (n) => {
      const badge = document.querySelector('nav#main-nav a[href="/notifications"] .badge');
      return badge && Number(badge.textContent.match(/\d+/)[0]) > n;
    },
    before,
    { timeout: 5000 },
  );
  assert.equal(await badgeCount(page), before + 1);
  assert.ok(await page.evaluate(() => window.__notReloaded), "the page was not reloaded");
  assert.equal(await page.evaluate(() => window.__sockets.length), 1, "still one stream");
  expectNoPageErrors(page);
  await page.context().close();
});

test("a dropped stream reconnects by itself, resumes after the last seq, and misses nothing", async () => {
  const sho = await apiAs("dl.sho.alipur");
  const analyst = await apiAs("dl.analyst");
  const first = randomPhone();
  const second = randomPhone();
  await sho.post("/watches", { kind: "identifier", identifier: { kind: "mobile", value: first } });
  await sho.post("/watches", { kind: "identifier", identifier: { kind: "mobile", value: second } });

  const page = await newPage(browser);
  await recordSockets(page);
  await signIn(page, "dl.sho.alipur");
  await page.locator('.live-indicator[data-state="live"]').waitFor();
  // One event through the live stream, so the client has a seq to resume after.
  const start = await badgeCount(page);
  await analyst.post("/persons", { names: [{ text: "Resume Firstcase", kind: "primary" }], identifiers: [{ kind: "mobile", value: first }], marking: SHARED });
  await page.waitForFunction(
    (n) => Number(document.querySelector('nav#main-nav a[href="/notifications"] .badge')?.textContent.match(/\d+/)[0] ?? 0) > n,
    start,
  );

  // The connection drops; meanwhile another event happens.
  await page.evaluate(() => window.__sockets.at(-1).close());
  await page.locator('.live-indicator[data-state="retrying"]').waitFor();
  await analyst.post("/persons", { names: [{ text: "Resume Secondcase", kind: "primary" }], identifiers: [{ kind: "mobile", value: second }], marking: SHARED });

  await page.locator('.live-indicator[data-state="live"]').waitFor({ timeout: 10_000 });
  const urls = await page.evaluate(() => window.__sockets.map((s) => s.url));
  assert.equal(urls.length, 2, urls.join(" "));
  assert.doesNotMatch(urls[0], /after=/, "the first stream starts from now");
  assert.match(urls[1], /\/api\/v1\/stream\?after=\d+$/, "the second resumes after the last seq");
  await page.waitForFunction(
    (n) => Number(document.querySelector('nav#main-nav a[href="/notifications"] .badge')?.textContent.match(/\d+/)[0] ?? 0) >= n,
    start + 2,
  );
  assert.equal(await badgeCount(page), start + 2, "both notifications counted, neither twice");
  expectNoPageErrors(page);
  await page.context().close();
});

test("on the notifications screen a new notification joins the list without reload", async () => {
  const sho = await apiAs("dl.sho.alipur");
  const analyst = await apiAs("dl.analyst");
  const phone = randomPhone();
  await sho.post("/watches", { kind: "identifier", identifier: { kind: "mobile", value: phone } });
  const page = await newPage(browser);
  await signIn(page, "dl.sho.alipur");
  await page.goto("/notifications");
  await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
  await page.locator('.live-indicator[data-state="live"]').waitFor();
  await page.evaluate(() => (window.__notReloaded = true));
  await analyst.post("/persons", { names: [{ text: "Listed Livecase", kind: "primary" }], identifiers: [{ kind: "mobile", value: phone }], marking: SHARED });
  await page.locator(".notification.unread", { hasText: `+91${phone}` }).waitFor({ timeout: 5000 });
  assert.ok(await page.evaluate(() => window.__notReloaded), "the page was not reloaded");
  expectNoPageErrors(page);
  await page.context().close();
});

test("signing out closes the stream", async () => {
  const page = await newPage(browser);
  await recordSockets(page);
  await signIn(page, "dl.sho.alipur");
  await page.locator('.live-indicator[data-state="live"]').waitFor();
  await signOut(page);
  await page.waitForFunction(() => window.__sockets.every((s) => s.readyState === WebSocket.CLOSED));
  expectNoPageErrors(page);
  await page.context().close();
});
