// Observers in the browser: the Delhi analyst names the Sonipat district (Haryana) and PS
// Kundli as observers of a confidential input to PS Alipur on the issue form; the Sonipat SP
// finds it under "Inputs you watch" and watches its board move live when the station
// acknowledges; Kundli's sub-inspector, named through his unit but not cleared for
// confidential, sees nothing. The issuer drops an observer from the board.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { apiAs, expectNoPageErrors, launchBrowser, newPage, signIn, unique } from "../support.mjs";

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test("an observer named on the issue form watches the board live; one the marking does not reach sees nothing", async () => {
  const title = unique("Observedinput");
  const page = await newPage(browser);
  await signIn(page, "dl.analyst");
  await page.goto("/inputs/new");
  await page.getByRole("heading", { level: 1, name: "Issue an input" }).waitFor();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Text (Hindi, English or both)").fill("Two shooters near Alipur, tonight.");
  await page.getByLabel("Target 1").selectOption("unit");
  await page.getByLabel("Unit 1").selectOption({ label: "PS Alipur" });
  await page.getByRole("radio", { name: "Confidential" }).check();
  await page.getByRole("radio", { name: "All agencies" }).check();
  for (const unit of ["HR · Sonipat District", "HR · PS Kundli"]) {
    await page.getByLabel("Unit to add as observer").selectOption({ label: unit });
    await page.getByRole("button", { name: "Add observer" }).click();
  }
  await page.getByRole("button", { name: "Remove Sonipat District (HR)" }).waitFor();
  await page.getByRole("button", { name: "Issue input" }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  const observers = page.locator(".status-board .observer-list");
  await observers.getByText("Sonipat District (HR)").waitFor();
  await observers.getByText("PS Kundli (HR)").waitFor();
  const id = page.url().split("/").pop();

  // The SP of Sonipat finds it among the inputs he watches and sees the board.
  const spPage = await newPage(browser);
  await signIn(spPage, "hr.sp.sonipat");
  await spPage.goto("/inputs");
  const watching = spPage.locator("section", { has: spPage.getByRole("heading", { name: "Inputs you watch" }) });
  await watching.getByRole("link", { name: title }).click();
  await spPage.getByRole("heading", { level: 1, name: title }).waitFor();
  const board = spPage.locator(".status-board");
  await board.getByRole("row", { name: /PS Alipur/ }).waitFor();
  assert.match(await board.locator(".board-summary").innerText(), /0 of 1 acknowledged/);
  // He watches; he does not name observers.
  assert.equal(await board.getByRole("button", { name: "Save observers" }).count(), 0);

  // The station acknowledges: his board follows without a reload.
  const sho = await apiAs("dl.sho.alipur");
  const detail = await sho.get(`/inputs/${id}`);
  await sho.post(`/inputs/${id}/recipients/${detail.my_copies[0].id}/steps`, { action: "acknowledge" });
  await board.locator(".board-summary", { hasText: /1 of 1 acknowledged/ }).waitFor();
  expectNoPageErrors(spPage);
  await spPage.context().close();

  // Kundli's sub-inspector is named through his unit, but is not cleared for confidential:
  // nothing at all.
  const si = await apiAs("hr.si.kundli");
  await assert.rejects(si.get(`/inputs/${id}/board`), /404/);
  const theirs = await si.get("/inputs?observing=true");
  assert.ok(theirs.inputs.every((i) => i.id !== id));

  // The issuer drops PS Kundli from the board.
  await page.getByRole("button", { name: "Remove PS Kundli (HR)" }).click();
  await page.getByRole("button", { name: "Save observers" }).click();
  await page.getByRole("status").getByText("Observers saved.").waitFor();
  const analyst = await apiAs("dl.analyst");
  const now = await analyst.get(`/inputs/${id}/board`);
  assert.deepEqual(
    now.observers.map((o) => o.name),
    ["Sonipat District"],
  );
  expectNoPageErrors(page);
  await page.context().close();
});
