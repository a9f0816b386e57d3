// A record the user may not see, opened by its address: "not found" with nothing of its
// content, or whom to contact when its holder allows a pointer.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { apiAs, expectNoPageErrors, launchBrowser, newPage, screenshot, signIn, unique } from "../support.mjs";

let browser;
let hidden;
let pointed;
before(async () => {
  browser = await launchBrowser();
  const delhi = await apiAs("dl.sho.alipur");
  const restricted = (title, pointer) =>
    delhi.post("/documents", {
      title,
      body: `Only for Delhi Police: ${title} secret-body-text`,
      tags: ["access-test"],
      language: "english",
      marking: { classification: "restricted", distribution: { kind: "own_agency" }, handling: [], pointer },
    });
  hidden = await restricted(unique("Hidden informer roster "), false);
  pointed = await restricted(unique("Pointer informer roster "), true);
});
after(async () => {
  await browser?.close();
});

test("an officer of another agency opening a restricted record by URL gets 'not found' and no content", async () => {
  const page = await newPage(browser);
  await signIn(page, "up.sho.loni");
  await page.goto(`/documents/${hidden.id}`);
  await page.getByRole("heading", { level: 1, name: "Not found" }).waitFor();
  await page
    .getByRole("alert")
    .getByText("There is no such record, or it is not shared with you.")
    .waitFor();
  const text = await page.locator("main").innerText();
  assert.ok(!text.includes(hidden.title), "the title does not leak");
  assert.ok(!text.includes("secret-body-text"), "the body does not leak");
  assert.equal(await page.locator("ul.chips").count(), 0, "no marking is shown");
  await screenshot(page, "document-not-found");
  expectNoPageErrors(page);
  await page.context().close();
});

test("a record whose holder allows a pointer says whom to contact, still without content", async () => {
  const page = await newPage(browser);
  await signIn(page, "up.sho.loni");
  await page.goto(`/documents/${pointed.id}`);
  await page.getByRole("heading", { level: 1, name: "Held by another agency" }).waitFor();
  const message = await page.getByRole("alert").innerText();
  assert.match(message, /Delhi Police holds this record/);
  assert.match(message, /Contact the duty officer of PS Alipur/);
  assert.ok(!(await page.locator("main").innerText()).includes("secret-body-text"));

  // A search finds the pointer, not the document.
  await page.goto(`/documents?q=${encodeURIComponent(pointed.title.split(" ").slice(-1)[0])}`);
  await page.locator(".pointers li").first().waitFor();
  assert.match(
    await page.locator(".pointers").innerText(),
    /Delhi Police holds a matching document — contact PS Alipur\./,
  );
  assert.ok(!(await page.locator("main").innerText()).includes(pointed.title));
  await screenshot(page, "library-pointer");
  expectNoPageErrors(page);
  await page.context().close();
});

test("a constable without the clearance cannot open a Confidential document of the own agency", async () => {
  const delhi = await apiAs("dl.sho.alipur");
  const confidential = await delhi.post("/documents", {
    title: unique("Confidential roster "),
    body: "confidential-body-text",
    tags: [],
    language: "english",
    marking: { classification: "confidential", distribution: { kind: "own_agency" }, handling: [], pointer: false },
  });
  const page = await newPage(browser);
  await signIn(page, "dl.ct.alipur");
  await page.goto(`/documents/${confidential.id}`);
  await page.getByRole("heading", { level: 1, name: "Not found" }).waitFor();
  assert.ok(!(await page.locator("main").innerText()).includes("confidential-body-text"));
  await page.context().close();
});
