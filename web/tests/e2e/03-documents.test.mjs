// The document library: search in both scripts, a document with its marking chips and
// version history, and writing and editing a document with the marking picker.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { expectNoPageErrors, launchBrowser, newPage, screenshot, signIn, unique } from "../support.mjs";

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test("the library searches titles in Latin and Devanagari script", async () => {
  const page = await newPage(browser);
  await signIn(page, "dl.sho.alipur");
  await page.getByRole("link", { name: "Document library" }).click();
  await page.getByRole("heading", { level: 1, name: "Document library" }).waitFor();
  await page.locator(".doc-row").first().waitFor();
  await screenshot(page, "library");

  const search = page.getByRole("searchbox", { name: "Search documents by title" });
  await search.fill("transit");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.waitForURL(/q=transit/);
  await page.locator(".doc-row").first().waitFor();
  for (const title of await page.locator(".doc-title").allInnerTexts())
    assert.match(title, /transit|ट्रांजिट/i);

  await search.fill("अंतरराज्यीय");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.waitForURL(/q=%E0/);
  await page.locator(".doc-row").first().waitFor();
  for (const title of await page.locator(".doc-title").allInnerTexts())
    assert.match(title, /अंतरराज्यीय/);
  expectNoPageErrors(page);
  await page.context().close();
});

test("an officer writes a marked document, edits it, and sees its chips and history", async () => {
  const page = await newPage(browser);
  await signIn(page, "dl.sho.alipur");
  await page.getByRole("link", { name: "New document" }).first().click();
  await page.getByRole("heading", { level: 1, name: "New document" }).waitFor();

  const title = unique("Naka checking drill ");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Tags").fill("drill, naka");
  await page.getByLabel("Text").fill("# Drill\n\n1. Stop the vehicle\n2. Check the papers\n\n**Always** log the stop.");
  await page.getByRole("radio", { name: "Confidential" }).check();
  // Secret is above an SHO's Confidential clearance.
  assert.equal(await page.getByRole("radio", { name: "Secret" }).isDisabled(), true);
  await page.getByRole("radio", { name: "Listed agencies" }).check();
  await page.getByRole("checkbox", { name: /Haryana Police/ }).check();
  await page.getByLabel("Handling conditions").fill("Not to be used as evidence without consent");
  await page.getByRole("checkbox", { name: /learn that it exists/ }).check();
  await screenshot(page, "document-form");
  await page.getByRole("button", { name: "Create document" }).click();

  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  const chips = page.locator("ul.chips").first();
  assert.match(await chips.innerText(), /Confidential/);
  assert.match(await chips.innerText(), /Shared with HR/);
  assert.match(await chips.innerText(), /Not to be used as evidence without consent/);
  assert.match(await chips.innerText(), /Others may learn it exists/);
  await page.getByRole("heading", { level: 2, name: "Drill" }).waitFor();

  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Edit document" }).waitFor();
  await page.getByLabel("Text").fill("# Drill\n\n1. Stop the vehicle\n2. Check the papers\n3. Photograph the number plate");
  await page.getByRole("button", { name: "Save new version" }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  await page.getByText("Photograph the number plate").first().waitFor();
  const versions = page.locator("ol.versions > li");
  await versions.nth(1).waitFor();
  assert.equal(await versions.count(), 2);
  assert.match(await versions.first().innerText(), /Version 2/);
  await screenshot(page, "document");
  expectNoPageErrors(page);
  await page.context().close();
});
