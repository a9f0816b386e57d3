// English and Hindi: every label switches, the choice survives a reload, and Devanagari is
// drawn with the font shipped in the bundle.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { expectNoPageErrors, launchBrowser, newPage, screenshot, signIn, signOut } from "../support.mjs";

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test("switching to Hindi changes the labels and stays after a reload", async () => {
  const page = await newPage(browser);
  const fonts = [];
  page.on("response", (response) => {
    if (response.url().endsWith(".woff2")) fonts.push(response.url());
  });
  await signIn(page, "dl.ct.alipur");
  await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();

  await page.getByRole("button", { name: "हिन्दी" }).click();
  await page.getByRole("heading", { level: 1, name: /^स्वागत है, / }).waitFor();
  const nav = page.locator("nav#main-nav");
  assert.match(await nav.innerText(), /मुख्य पृष्ठ/);
  assert.match(await nav.innerText(), /दस्तावेज़ पुस्तकालय/);
  assert.match(await nav.innerText(), /सिपाही|हेड कांस्टेबल/, "the rank is translated");
  assert.equal(await page.getAttribute("html", "lang"), "hi");
  assert.equal(await page.title(), "समन्वय");
  assert.equal(await page.getByRole("button", { name: "हिन्दी" }).getAttribute("aria-pressed"), "true");
  await page.locator("#recent-documents .doc-row").first().waitFor();
  await screenshot(page, "dashboard-hindi");

  await page.reload();
  await page.getByRole("heading", { level: 1, name: /^स्वागत है, / }).waitFor();
  await page.getByRole("link", { name: "दस्तावेज़ पुस्तकालय" }).first().click();
  await page.getByRole("heading", { level: 1, name: "दस्तावेज़ पुस्तकालय" }).waitFor();
  await page.getByRole("button", { name: "खोजें" }).waitFor();
  await screenshot(page, "library-hindi");

  // The Devanagari font is the bundled one, fetched from Samanvay's own server.
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((f) => f.family.includes("Noto Sans Devanagari") && f.status === "loaded")
      .map((f) => f.weight);
  });
  assert.ok(loaded.length > 0, "Noto Sans Devanagari is loaded");
  assert.ok(fonts.length > 0 && fonts.every((url) => url.startsWith(process.env.SAMANVAY_URL)), fonts.join());

  // Signed out, the login screen keeps the language too.
  await signOut(page);
  await page.getByRole("heading", { level: 1, name: "लॉग इन" }).waitFor();
  await screenshot(page, "login-hindi");
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "Log in" }).waitFor();
  expectNoPageErrors(page);
  await page.context().close();
});
