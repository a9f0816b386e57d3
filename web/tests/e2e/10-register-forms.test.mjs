// The register's forms: an analyst writes a person (names in both scripts, father, age,
// identifiers with the normalizer's refusal shown beside its row, statuses, cases, gang,
// description, marking) and sees what matching found — Delhi's own record of the same man,
// and for UP's hidden one only whom to contact; a new version; an organisation written
// and edited; officers and other agencies kept out of the forms; the beat officer's 390 px.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  apiAs,
  assertNoHorizontalScroll,
  expectNoPageErrors,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
  unique,
} from "../support.mjs";

const CHECKPOINT_PHONE = { width: 390, height: 844 };
// The demo's UP record of the same man ("मोहम्मद इरफ़ान") is kept to UP with a pointer allowed.
const UP_NAME = "मोहम्मद इरफ़ान";

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test("an analyst writes a person; a bad number is refused beside its row and nothing is saved; matching shows the same man and only whom to contact for a hidden one", async () => {
  const analyst = await apiAs("dl.analyst");
  const name = unique("Irfanform");
  const page = await newPage(browser);
  await signIn(page, "dl.analyst");
  await page.getByRole("link", { name: "Search the register" }).click();
  await page.getByRole("link", { name: "New person" }).click();
  await page.getByRole("heading", { level: 1, name: "New person" }).waitFor();

  await page.getByLabel("Name 1", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Add name" }).click();
  await page.getByLabel("Alias (@) 2").fill("भूरा");
  assert.match(await page.locator(".repeated-row").nth(1).innerText(), /Devanagari/, "the script is read from the text");
  await page.getByLabel("Father or husband").fill("Yaqub");
  await page.getByLabel("Gender").selectOption("male");
  await page.getByLabel("Age", { exact: true }).selectOption("approximate");
  await page.getByLabel("Age in years").fill("34");

  await page.getByRole("button", { name: "Add identifier" }).click();
  await page.getByLabel("Number or id, as written 1").fill("+91 98100-12345");
  await page.getByRole("button", { name: "Add identifier" }).click();
  await page.getByLabel("Number or id, as written 2").fill("98100");

  await page.getByRole("button", { name: "Add address" }).click();
  await page.getByLabel("Address 1").fill("Jafrabad, North East Delhi");
  await page.getByLabel("District 1").fill("North East Delhi");
  await page.getByRole("button", { name: "Add status" }).click();
  await page.getByLabel("Status 1").selectOption("wanted");
  await page.getByLabel("Declared by 1").fill("PS Jafrabad");
  await page.getByRole("button", { name: "Add case" }).click();
  await page.getByLabel("Police station 1").fill("PS Jafrabad");
  await page.getByLabel("FIR no. 1").fill("117");
  await page.getByLabel("Sections of law 1").fill("BNS 109, Arms Act 25");
  await page.getByLabel("Threat level").selectOption("high");
  await page.getByLabel("Height (cm)").fill("172");
  await page.getByRole("button", { name: "Add identifying mark" }).click();
  await page.getByLabel("Where on the body 1").fill("left eyebrow");
  await page.getByRole("radio", { name: "All agencies" }).check();

  await page.getByRole("button", { name: "Save person" }).click();
  const bad = page.getByLabel("Number or id, as written 2");
  await page.locator("#identifier-error-1").waitFor();
  assert.equal(await bad.getAttribute("aria-invalid"), "true");
  assert.match(await page.locator("#identifier-error-1").innerText(), /"98100" is not a valid Indian mobile number/);
  assert.equal(await page.locator("#identifier-error-0").count(), 0, "the good number is not blamed");
  await page.getByText("An identifier was refused").waitFor();
  assert.ok(await bad.evaluate((el) => el === document.activeElement), "the refused row takes the focus");
  const none = await analyst.get(`/register/search?q=${encodeURIComponent(name)}&kind=person`);
  assert.ok(!none.hits.some((h) => h.person.names.some((n) => n.text === name)), "nothing was saved");
  await screenshot(page, "person-form");

  await page.getByRole("button", { name: "Remove identifier 2" }).click();
  await page.getByRole("button", { name: "Save person" }).click();
  await page.getByRole("heading", { level: 1, name }).waitFor();
  const saved = page.locator(".saved-matches");
  await saved.getByRole("heading", { name: "Saved as a new record" }).waitFor();
  const delhi = saved.locator("li.match", { hasText: "Mohd. Irfan" });
  assert.ok((await delhi.count()) >= 1, `matching shows Delhi's record: ${await saved.innerText()}`);
  assert.match(await delhi.first().innerText(), /\(DL\)/);
  assert.match(await delhi.first().innerText(), /Why:/);
  const held = saved.locator(".pointer-hit", { hasText: "Uttar Pradesh Police" });
  await held.waitFor();
  assert.match(await held.innerText(), /holds a matching record — contact UP Police Headquarters/);
  assert.ok(!(await saved.innerText()).includes(UP_NAME), "nothing of UP's record shows");
  const text = await page.locator("main").innerText();
  for (const fact of ["Father: Yaqub", "Wanted", "High threat", "+919810012345", "FIR 117", "BNS 109", "172 cm", "left eyebrow"])
    assert.ok(text.includes(fact), `the saved record shows “${fact}”`);
  await screenshot(page, "person-saved");

  // A new version: the form opens filled, a status is added.
  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByRole("heading", { level: 1, name: "Edit person" }).waitFor();
  assert.equal(await page.getByLabel("Name 1", { exact: true }).inputValue(), name);
  assert.equal(await page.getByLabel("Number or id, as written 1").inputValue(), "+919810012345");
  await page.getByRole("button", { name: "Add status" }).click();
  await page.getByLabel("Status 2").selectOption("proclaimed_offender");
  await page.getByLabel("Declared by 2").fill("CJM Karkardooma");
  await page.getByRole("button", { name: "Save new version" }).click();
  await page.locator(".saved-matches").getByRole("heading", { name: "Saved as version 2" }).waitFor();
  assert.match(await page.locator("main").innerText(), /Proclaimed offender/);
  expectNoPageErrors(page);
  await page.context().close();
});

test("an analyst writes a gang, gives it an alias in a new version, and puts a person in it", async () => {
  const gang = unique("Gangform");
  const page = await newPage(browser);
  await signIn(page, "dl.analyst");
  await page.goto("/organisations/new");
  await page.getByRole("heading", { level: 1, name: "New organisation" }).waitFor();
  await page.getByLabel("Kind", { exact: true }).selectOption("gang");
  await page.getByLabel("Name 1", { exact: true }).fill(gang);
  await page.getByLabel("Notes").fill("Extortion in Outer North.");
  await page.getByRole("button", { name: "Save organisation" }).click();
  await page.getByRole("heading", { level: 1, name: gang }).waitFor();

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByRole("heading", { level: 1, name: "Edit organisation" }).waitFor();
  await page.getByRole("button", { name: "Add name" }).click();
  await page.getByLabel("Alias (@) 2").fill("काला गिरोह");
  await page.getByRole("button", { name: "Save new version" }).click();
  await page.getByRole("heading", { level: 1, name: gang }).waitFor();
  assert.match(await page.locator("main").innerText(), /@ काला गिरोह/);
  assert.match(await page.locator(".facts").innerText(), /Version\s+2/);

  const member = unique("Memberform");
  await page.goto("/persons/new");
  await page.getByLabel("Name 1", { exact: true }).fill(member);
  await page.getByLabel("Gang or outfit").fill(gang);
  await page.getByRole("button", { name: "Find", exact: true }).click();
  await page.getByRole("button", { name: `Choose ${gang}` }).click();
  await page.getByRole("button", { name: "Remove gang" }).waitFor();
  await page.getByRole("button", { name: "Save person" }).click();
  await page.getByRole("heading", { level: 1, name: member }).waitFor();
  await page.locator(".facts").getByRole("link", { name: gang }).waitFor();
  expectNoPageErrors(page);
  await page.context().close();
});

test("officers cannot open the forms, and another agency's analyst cannot edit Delhi's record", async () => {
  const analyst = await apiAs("dl.analyst");
  const found = await analyst.get(`/persons?q=${encodeURIComponent("9810012345")}`);
  const bhura = found.persons.map((h) => h.person).find((p) => p.names.some((n) => n.text === "Mohd. Irfan"));
  assert.ok(bhura, "the demo holds Delhi's Mohd. Irfan");

  const officer = await newPage(browser);
  await signIn(officer, "dl.sho.alipur");
  await officer.goto(`/persons/${bhura.id}`);
  await officer.getByRole("heading", { level: 1, name: "Mohd. Irfan" }).waitFor();
  assert.equal(await officer.getByRole("link", { name: "Edit" }).count(), 0);
  await officer.goto("/persons/new");
  await officer.getByText("This screen is for the role: Analyst.").waitFor();
  assert.equal(await officer.locator("form.record-form").count(), 0);
  await officer.goto("/search");
  assert.equal(await officer.getByRole("link", { name: "New person" }).count(), 0);
  expectNoPageErrors(officer);
  await officer.context().close();

  // A Delhi record shared with all agencies: IB may read it, but only Delhi edits it.
  const shared = await analyst.post("/persons", {
    names: [{ text: unique("Sharedform"), kind: "primary" }],
    marking: { classification: "restricted", distribution: { kind: "all_agencies" }, handling: [], pointer: false },
  });
  const other = await newPage(browser);
  await signIn(other, "ib.analyst");
  await other.goto(`/persons/${shared.id}`);
  await other.getByRole("heading", { level: 1, name: shared.names[0].text }).waitFor();
  assert.equal(await other.getByRole("link", { name: "Edit" }).count(), 0);
  await other.goto(`/persons/${shared.id}/edit`);
  await other.getByText("Only the agency that holds a record can edit it.").waitFor();
  assert.equal(await other.locator("form.record-form").count(), 0);
  // And a record kept to Delhi is not even found.
  const kept = await analyst.post("/persons", {
    names: [{ text: unique("Keptform"), kind: "primary" }],
    marking: { classification: "restricted", distribution: { kind: "own_agency" }, handling: [], pointer: false },
  });
  await other.goto(`/persons/${kept.id}/edit`);
  await other.getByRole("alert").getByText(/no such record|not found/i).waitFor();
  assert.ok(!(await other.locator("main").innerText()).includes(kept.names[0].text));
  expectNoPageErrors(other);
  await other.context().close();
});

test("at a checkpoint, 390 px: search, the person page and the form fit the phone", async () => {
  const page = await newPage(browser, CHECKPOINT_PHONE);
  await signIn(page, "dl.analyst");
  await page.getByRole("searchbox", { name: /Name in Hindi or English/ }).fill("98100 12345");
  await page.getByRole("button", { name: "Search register" }).click();
  await page.locator(".hit-list .hit").first().waitFor();
  await assertNoHorizontalScroll(page);
  await page.locator(".hit-list .hit-name").first().click();
  await page.locator("article.person h1").waitFor();
  await page.locator('.cluster[aria-busy="false"]').waitFor();
  await assertNoHorizontalScroll(page);
  // A name of one long word (as copied from a handle or a file) wraps instead of widening it.
  const long = await (await apiAs("dl.analyst")).post("/persons", {
    names: [{ text: unique("Mohammedirfanqureshialias"), kind: "primary" }],
    marking: { classification: "restricted", distribution: { kind: "own_agency" }, handling: [], pointer: false },
  });
  await page.goto(`/persons/${long.id}`);
  await page.locator('.cluster[aria-busy="false"]').waitFor();
  await assertNoHorizontalScroll(page);
  await page.goto("/persons/new");
  await page.getByRole("heading", { level: 1, name: "New person" }).waitFor();
  for (const add of ["Add identifier", "Add address", "Add status", "Add case", "Add identifying mark"])
    await page.getByRole("button", { name: add }).click();
  await assertNoHorizontalScroll(page);
  // Every field stays wide enough to type into.
  const narrowest = await page.evaluate(() =>
    Math.min(...[...document.querySelectorAll("form.record-form input:not([type=radio]):not([type=checkbox])")].map((el) => el.getBoundingClientRect().width)),
  );
  assert.ok(narrowest >= 90, `the narrowest input is ${narrowest}px`);
  expectNoPageErrors(page);
  await page.context().close();
});
