// Bulk import: an analyst uploads a CSV with rows in both scripts and one bad row, watches the
// progress, reads the row-error report, and finds the imported record by search. Officers do
// not see the screen.

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

test("an analyst imports a CSV: good rows in, the bad row reported with its line and reason", async () => {
  const ref = unique("e2e-import-");
  const surname = unique("Importtest").replace(/[^A-Za-z]/g, "");
  const csv = [
    "external_ref,name,aliases,father_name,identifiers,address,district",
    `${ref}-1,Ravinder ${surname},Rinku,Satpal,mobile:98111 22334,"Village Jatheri, Sonipat",Sonipat`,
    `${ref}-2,सुरेश यादव,,रामपाल,mobile:+91 99887-76655,"गाँव कोसली, रेवाड़ी",Rewari`,
    `${ref}-3,Bad Phone Person,,,mobile:12345,Rohtak town,Rohtak`,
  ].join("\n");
  const page = await newPage(browser);
  await signIn(page, "dl.analyst");
  await page.getByRole("link", { name: "Import records" }).click();
  await page.getByRole("heading", { level: 1, name: "Import records" }).waitFor();
  await page.getByLabel("File (.csv or .jsonl)").setInputFiles({
    name: "wanted.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  });
  await page.getByLabel("Shared with").selectOption("all_agencies");
  await page.getByRole("button", { name: "Start import" }).click();
  await page.getByRole("heading", { name: "Import finished" }).waitFor();
  assert.equal(await page.getByRole("progressbar", { name: "Import progress" }).getAttribute("value"), "100");
  assert.match(await page.locator(".import-counts").innerText(), /3 of 3 rows read · 2 created, 0 updated, 0 already there, 1 failed/);
  const errors = page.locator("table.row-errors tbody tr");
  assert.equal(await errors.count(), 1);
  const [line, reason] = await errors.first().locator("td").allInnerTexts();
  assert.equal(line, "4");
  assert.match(reason, /12345|mobile/i);
  await screenshot(page, "import");

  // The imported record is in the register.
  await page.getByRole("link", { name: "Search the register" }).click();
  await page.getByRole("searchbox", { name: /Name in Hindi or English/ }).fill(`Ravinder ${surname}`);
  await page.getByRole("button", { name: "Search register" }).click();
  await page.getByRole("link", { name: `Ravinder ${surname}`, exact: true }).waitFor();

  // The same file again changes nothing.
  await page.getByRole("link", { name: "Import records" }).click();
  await page.getByLabel("File (.csv or .jsonl)").setInputFiles({
    name: "wanted.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  });
  await page.getByLabel("Shared with").selectOption("all_agencies");
  await page.getByRole("button", { name: "Start import" }).click();
  await page.getByRole("heading", { name: "Import finished" }).waitFor();
  assert.match(await page.locator(".import-counts").innerText(), /0 created, 0 updated, 2 already there, 1 failed/);
  expectNoPageErrors(page);
  await page.context().close();
});

test("the import screen is for analysts only", async () => {
  const page = await newPage(browser);
  await signIn(page, "dl.sho.alipur");
  assert.equal(await page.getByRole("link", { name: "Import records" }).count(), 0);
  await page.goto("/import");
  await page.getByRole("heading", { level: 1, name: "Not permitted" }).waitFor();
  expectNoPageErrors(page);
  await page.context().close();
});
