// The shared register: one search box for a name in either script or a number in any format,
// results that say why they matched, pointers to what other agencies hold (holder and contact,
// nothing else), and a beat officer's phone-width screen.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  assertNoHorizontalScroll,
  expectNoPageErrors,
  launchBrowser,
  newPage,
  PHONE,
  screenshot,
  signIn,
} from "../support.mjs";

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** The texts of the result rows' names. */
async function hitNames(page) {
  return page.locator(".hit-list .hit-name").allInnerTexts();
}

test("a Devanagari name from the dashboard finds the man Delhi and Haryana hold under other spellings, and points to UP", async () => {
  const page = await newPage(browser);
  await signIn(page, "dl.analyst");
  // The search is the first thing on the dashboard.
  const box = page.getByRole("searchbox", { name: /Name in Hindi or English/ });
  await box.fill("मोहम्मद इरफ़ान");
  await page.getByRole("button", { name: "Search register" }).click();
  await page.getByRole("heading", { level: 1, name: "Search the register" }).waitFor();
  await page.locator(".hit-list .hit").first().waitFor();
  assert.match(new URL(page.url()).search, /q=/);

  const names = await hitNames(page);
  assert.ok(names.includes("Mohd. Irfan"), `Delhi's spelling is found: ${names.join(" | ")}`);
  assert.ok(names.includes("Muhammad Irfan"), `Haryana's spelling is found: ${names.join(" | ")}`);
  // The demo holds other men of that name too; Delhi's is the one known as Bhura.
  const delhi = page
    .locator(".hit", { has: page.getByRole("link", { name: "Mohd. Irfan", exact: true }) })
    .filter({ hasText: "@ Bhura" });
  assert.equal(await delhi.count(), 1, "the alias shows beside the name");
  assert.match(await delhi.innerText(), /Why:/, "the reasons of the match show");
  assert.match(await delhi.innerText(), /\bDL\b/, "the holding agency shows");

  // UP keeps its record to itself: only who holds it and whom to contact.
  const pointer = page.locator(".pointer-hit", { hasText: "Uttar Pradesh Police" });
  await pointer.waitFor();
  const said = await pointer.innerText();
  assert.match(said, /Uttar Pradesh Police holds a matching record — contact /);
  assert.equal(await pointer.getByRole("link").count(), 0, "a pointer links to nothing");
  for (const content of ["इरफ़ान", "भूरा", "याकूब", "Meerut", "Proclaimed"]) {
    assert.ok(!said.includes(content), `the pointer does not leak “${content}”`);
  }
  await screenshot(page, "register-search");
  expectNoPageErrors(page);
  await page.context().close();
});

test("a beat constable at a checkpoint types a phone number any way and sees the record on a 360 px screen", async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, "dl.ct.alipur");
  await page.getByRole("searchbox", { name: /Name in Hindi or English/ }).fill("098100-12345");
  await page.getByRole("button", { name: "Search register" }).click();
  await page.locator(".hit-list .hit").first().waitFor();
  const names = await hitNames(page);
  assert.deepEqual(names.filter((n) => /Irfan/.test(n)), ["Mohd. Irfan"], names.join(" | "));
  // UP holds the same number but does not share the record: a pointer, shown apart.
  const pointers = await page.locator(".pointer-hit").allInnerTexts();
  assert.ok(
    pointers.some((p) => /Uttar Pradesh Police holds a matching record/.test(p)),
    pointers.join(" | "),
  );
  await assertNoHorizontalScroll(page);
  await screenshot(page, "register-search-phone");

  // The record itself fits the phone too.
  await page.getByRole("link", { name: "Mohd. Irfan", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Mohd. Irfan" }).waitFor();
  await page.getByRole("heading", { name: "Identifiers" }).waitFor();
  assert.match(await page.locator("main").innerText(), /\+919810012345/);
  await page.locator(".cluster").waitFor();
  await assertNoHorizontalScroll(page);
  expectNoPageErrors(page);
  await page.context().close();
});

test("the search works in Hindi: labels, filters and an empty result", async () => {
  const page = await newPage(browser);
  await signIn(page, "dl.sho.alipur");
  await page.getByRole("button", { name: "हिन्दी" }).click();
  await page.getByRole("link", { name: "रजिस्टर में खोजें" }).click();
  await page.getByRole("heading", { level: 1, name: "रजिस्टर में खोजें" }).waitFor();
  await page.getByRole("searchbox").fill("Zzqxwv Kkjhgf");
  await page.getByRole("button", { name: "रजिस्टर खोजें" }).click();
  await page.getByText("आपको दिखने वाला कोई रिकॉर्ड मेल नहीं खाता").waitFor();
  await page.getByRole("button", { name: "English" }).click();
  expectNoPageErrors(page);
  await page.context().close();
});
