// The audit view for auditors: the newest entries, filters by action, actor and record, and
// paging to older entries.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { apiAs, expectNoPageErrors, launchBrowser, newPage, screenshot, signIn } from "../support.mjs";

let browser;
before(async () => {
  browser = await launchBrowser();
  // Enough entries for more than one page: an officer of the auditor's agency lists documents.
  const officer = await apiAs("up.sho.loni");
  for (let round = 0; round < 4; round++) await officer.get("/documents?limit=60");
});
after(async () => {
  await browser?.close();
});

test("an auditor filters the audit log and pages back through it", async () => {
  const page = await newPage(browser);
  await signIn(page, "up.auditor");
  await page.getByRole("heading", { name: "Latest audit entries" }).waitFor();
  await screenshot(page, "dashboard-auditor");

  await page.locator("nav#main-nav").getByRole("link", { name: "Audit log" }).click();
  await page.getByRole("heading", { level: 1, name: "Audit log" }).waitFor();
  await page.locator("table.audit-table tbody tr").first().waitFor();
  await screenshot(page, "audit");

  await page.getByLabel("Action").selectOption("listed");
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await page.waitForURL(/action=listed/);
  await page.getByText("The newest 50 entries").waitFor();
  const actions = await page.locator("table.audit-table tbody tr td:nth-child(4)").allInnerTexts();
  assert.ok(actions.length === 50 && actions.every((a) => a.includes("Listed")), actions.join());

  // A user's name narrows the log to that user's actions.
  await page.locator("table.audit-table").getByRole("link", { name: "up.sho.loni", exact: true }).first().click();
  await page.waitForURL(/actor=/);
  await page.locator("table.audit-table tbody tr").first().waitFor();
  const actors = await page.locator("table.audit-table tbody tr td:nth-child(3)").allInnerTexts();
  assert.ok(actors.every((a) => a.includes("up.sho.loni")), actors.join());

  // Older entries continue below the last one shown.
  await page.getByRole("link", { name: "Older entries" }).click();
  await page.waitForURL(/before=\d+/);
  await page.getByText(/entries before no\. \d+/).waitFor();
  await page.locator("table.audit-table tbody tr").first().waitFor();
  await page.getByRole("link", { name: "Newest entries" }).waitFor();

  // A record's id narrows the log to what happened to that record.
  const recordLink = page.locator("table.audit-table td:nth-child(5) a[title]").first();
  const recordId = (await recordLink.innerText()).trim();
  await recordLink.click();
  await page.waitForURL(/record=/);
  await page.locator("table.audit-table tbody tr").first().waitFor();
  const records = await page.locator("table.audit-table tbody tr td:nth-child(5)").allInnerTexts();
  assert.ok(records.every((r) => r.includes(recordId)), records.join());
  assert.equal(await page.getByLabel("Record id").inputValue(), new URL(page.url()).searchParams.get("record"));
  expectNoPageErrors(page);
  await page.context().close();
});

test("the audit view is only for auditors", async () => {
  const page = await newPage(browser);
  await signIn(page, "up.sho.loni");
  assert.equal(await page.locator("nav#main-nav").getByRole("link", { name: "Audit log" }).count(), 0);
  await page.goto("/audit");
  await page.getByRole("heading", { level: 1, name: "Not permitted" }).waitFor();
  await page.context().close();
});
