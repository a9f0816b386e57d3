// Signing in and out, and the dashboard of what needs the user's attention.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  expectNoPageErrors,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
  signOut,
} from "../support.mjs";

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test("an officer logs in and sees the dashboard with documents shared with them", async () => {
  const page = await newPage(browser);
  await page.goto("/");
  await page.getByRole("heading", { level: 1, name: "Log in" }).waitFor();
  await screenshot(page, "login");

  await signIn(page, "dl.sho.alipur");
  await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
  const nav = page.locator("nav#main-nav");
  assert.match(await nav.innerText(), /Delhi Police/);
  assert.match(await nav.innerText(), /Alipur/);
  const recent = page.locator("#recent-documents .doc-row");
  await recent.first().waitFor();
  assert.ok((await recent.count()) > 0, "recent documents are listed");
  // An officer has no administration or audit screens.
  assert.equal(await nav.getByRole("link", { name: "Users" }).count(), 0);
  assert.equal(await nav.getByRole("link", { name: "Audit log" }).count(), 0);
  await screenshot(page, "dashboard-officer");

  await signOut(page);
  await page.getByText("You have logged out.").waitFor();
  // The session is gone on the server too: the API refuses it.
  const me = await page.evaluate(() => fetch("/api/v1/auth/me").then((r) => r.status));
  assert.equal(me, 401);
  expectNoPageErrors(page);
  await page.context().close();
});

test("a wrong password is refused with the server's message", async () => {
  const page = await newPage(browser);
  await page.goto("/");
  await page.getByLabel("Username").fill("dl.analyst");
  await page.getByLabel("Password", { exact: true }).fill("not the password at all");
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("alert").getByText("The username or password is not correct.").waitFor();
  // A successful login afterwards clears the failure count, so the demo user stays usable.
  await signIn(page, "dl.analyst");
  await page.context().close();
});

test("the dashboard opens at a deep link after signing in, on a phone", async () => {
  const page = await newPage(browser, { width: 360, height: 740 });
  await page.goto("/documents");
  await signIn(page, "hr.sp.gurugram");
  await page.getByRole("heading", { level: 1, name: "Document library" }).waitFor();
  // The phone layout hides the navigation behind the menu button.
  const menu = page.getByRole("button", { name: "Menu" });
  assert.equal(await menu.getAttribute("aria-expanded"), "false");
  await menu.click();
  await page.getByRole("link", { name: "Dashboard" }).click();
  await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
  expectNoPageErrors(page);
  await page.context().close();
});

test("the keyboard alone signs in, and the skip link jumps to the content", async () => {
  const page = await newPage(browser);
  await page.goto("/");
  await page.getByRole("heading", { level: 1, name: "Log in" }).waitFor();
  const focused = () => page.evaluate(() => document.activeElement?.id ?? "");
  for (let i = 0; i < 10 && (await focused()) !== "login-username"; i++) await page.keyboard.press("Tab");
  assert.equal(await focused(), "login-username");
  await page.keyboard.type("dl.analyst");
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "login-password");
  await page.keyboard.type("synthetic-demo-data");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
  // The screen's heading takes the focus, for screen readers.
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), "H1");
  // The skip link, first in the page, shows when it has the focus and jumps to the content.
  const skip = page.getByRole("link", { name: "Skip to content" });
  assert.equal(
    await page.evaluate(() => document.querySelector("a[href]") === document.querySelector(".skip-link")),
    true,
  );
  await skip.focus();
  const box = await skip.boundingBox();
  assert.ok(box && box.y >= 0, "the focused skip link is on screen");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
  expectNoPageErrors(page);
  await page.context().close();
});
