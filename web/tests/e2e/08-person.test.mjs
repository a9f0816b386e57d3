// A person's page: names in both scripts, the cross-agency cluster with an analyst's decision,
// the watch button and the watch list, and the notifications a watch brings.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { apiAs, assertNoHorizontalScroll, expectNoPageErrors, launchBrowser, newPage, PHONE, screenshot, signIn } from "../support.mjs";

const SHARED = { classification: "restricted", distribution: { kind: "all_agencies" }, handling: [], pointer: true };

let browser;
let analyst;
let bhura; // Delhi's demo record "Mohd. Irfan @ Bhura"
let copy; // a second Delhi record of the same man, written by the test
before(async () => {
  browser = await launchBrowser();
  analyst = await apiAs("dl.analyst");
  const found = await analyst.get(`/persons?q=${encodeURIComponent("9810012345")}`);
  bhura = found.persons.map((h) => h.person).find((p) => p.names.some((n) => n.text === "Mohd. Irfan"));
  assert.ok(bhura, "the demo holds Delhi's Mohd. Irfan");
  // The same man again, as another unit might write him: same phone, same father.
  copy = await analyst.post("/persons", {
    names: [
      { text: "Mohammad Irfan", kind: "primary" },
      { text: "भूरा", kind: "alias" },
    ],
    relative: { relation: "father", name: "Yaqub" },
    gender: "male",
    age: { kind: "approximate", years: 34, as_of: "2025-01-10" },
    identifiers: [{ kind: "mobile", value: "98100 12345" }],
    addresses: [{ text: "Jafrabad, North East Delhi", district: "North East Delhi" }],
    statuses: [{ status: "wanted", source: "PS Jafrabad" }],
    cases: [{ police_station: "PS Jafrabad", fir_number: "117", fir_year: 2024, sections: ["BNS 109", "Arms Act 25"] }],
    threat_level: "high",
    description: {
      height_cm: 172,
      build: "thin",
      complexion: "wheatish",
      marks: [{ kind: "scar", location: "left eyebrow", description: "2 cm cut mark" }],
      other_features: "limps on the left leg",
    },
    notes: "Browser test record.",
    marking: SHARED,
  });
  assert.ok(
    copy.matches.some((m) => m.person === bhura.id),
    `matching links the copy to Delhi's record: ${JSON.stringify(copy.matches)}`,
  );
});
after(async () => {
  await browser?.close();
});

test("the person page shows names in both scripts, the description and the cluster; an analyst rejects a link", async () => {
  const page = await newPage(browser);
  await signIn(page, "dl.analyst");
  await page.goto(`/persons/${copy.id}`);
  await page.getByRole("heading", { level: 1, name: "Mohammad Irfan" }).waitFor();
  const main = page.locator("main");
  assert.match(await main.innerText(), /@ भूरा/, "the Devanagari alias beside the Latin name");
  assert.equal(await page.locator('.person-names [lang="hi"]').count(), 1);
  await page.getByRole("img", { name: "No photograph" }).waitFor();
  const text = await main.innerText();
  for (const fact of ["Father: Yaqub", "Wanted", "High threat", "+919810012345", "FIR 117/2024, PS Jafrabad", "BNS 109", "172 cm", "Wheatish", "left eyebrow", "limps on the left leg", "North East Delhi"]) {
    assert.ok(text.includes(fact), `the page shows “${fact}”`);
  }

  // The cluster: Delhi's demo record is suggested as the same man.
  const cluster = page.locator(".cluster");
  // The link between this record and Delhi's (earlier runs may have left other copies).
  const link = cluster.locator("li.link", { hasText: "Mohd. Irfan (DL)" }).filter({ hasText: "this record" });
  await link.waitFor();
  assert.match(await link.innerText(), /Suggested/);
  assert.match(await link.innerText(), /Why:/);
  assert.match(await page.locator(".other-spellings").innerText(), /Mohd\. Irfan/);
  await screenshot(page, "person");

  await link.getByRole("button", { name: "Not the same person" }).click();
  await cluster.getByRole("status").getByText(/different persons; they will not be suggested again/).waitFor();
  // The decision is kept: the server says rejected, and the page offers no decision on it again.
  const after = await analyst.get(`/persons/${copy.id}/cluster`);
  const pair = after.links.find((l) => [l.a, l.b].includes(bhura.id));
  assert.ok(!pair || pair.state === "rejected", JSON.stringify(after.links));
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Mohammad Irfan" }).waitFor();
  await page.locator('.cluster[aria-busy="false"]').waitFor();
  const again = page
    .locator(".cluster li.link", { hasText: "Mohd. Irfan (DL)" })
    .filter({ hasText: "this record" });
  if ((await again.count()) > 0) {
    assert.match(await again.innerText(), /Rejected/);
    assert.equal(await again.getByRole("button").count(), 0);
  }
  expectNoPageErrors(page);
  await page.context().close();
});

test("an officer sees the cluster but cannot decide on links", async () => {
  const page = await newPage(browser);
  await signIn(page, "dl.sho.alipur");
  await page.goto(`/persons/${bhura.id}`);
  await page.getByRole("heading", { level: 1, name: "Mohd. Irfan" }).waitFor();
  await page.locator('.cluster[aria-busy="false"]').waitFor();
  assert.equal(await page.locator(".cluster").getByRole("button", { name: /same person/ }).count(), 0);
  expectNoPageErrors(page);
  await page.context().close();
});

test("watching a person puts it in the watch list, and stopping takes it out", async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, "dl.sho.alipur");
  await page.goto(`/persons/${bhura.id}`);
  await page.getByRole("heading", { level: 1, name: "Mohd. Irfan" }).waitFor();
  const watch = page.getByRole("button", { name: "Watch", exact: true });
  await watch.click();
  await page.getByRole("button", { name: "Stop watching", exact: true }).waitFor();
  await page.getByText(/You are watching this record/).waitFor();

  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("link", { name: "Watchlist" }).click();
  await page.getByRole("heading", { level: 1, name: "Watchlist" }).waitFor();
  const row = page.locator(".watch-list li", { hasText: "Mohd. Irfan" });
  await row.waitFor();
  assert.match(await row.innerText(), /Person/);
  await assertNoHorizontalScroll(page);
  await screenshot(page, "watchlist");

  await row.getByRole("button", { name: /Stop watching/ }).click();
  await page.getByText("You no longer watch Mohd. Irfan.").waitFor();
  await page.locator(".watch-list li", { hasText: "Mohd. Irfan" }).waitFor({ state: "detached" });
  expectNoPageErrors(page);
  await page.context().close();
});

test("a watched phone number brings a notification, counted in the shell until it is read", async () => {
  const phone = `9${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
  const page = await newPage(browser);
  await signIn(page, "dl.sho.alipur");
  await page.getByRole("link", { name: "Watchlist" }).click();
  await page.getByRole("heading", { level: 1, name: "Watchlist" }).waitFor();
  await page.getByLabel("Kind").selectOption("mobile");
  await page.getByLabel("Number or id, in any format").fill(`+91 ${phone.slice(0, 5)}-${phone.slice(5)}`);
  await page.getByRole("button", { name: "Watch", exact: true }).click();
  await page.getByText(`Now watching +91${phone}.`).waitFor();

  // Another user writes a record with that number.
  await analyst.post("/persons", {
    names: [{ text: "Notification Testcase", kind: "primary" }],
    identifiers: [{ kind: "mobile", value: phone }],
    marking: SHARED,
  });
  await page.reload();
  const nav = page.locator("nav#main-nav");
  const badge = nav.getByRole("link", { name: /Notifications/ }).locator(".badge");
  await badge.waitFor();
  const before = Number((await badge.innerText()).match(/\d+/)[0]);
  assert.ok(before >= 1);

  await nav.getByRole("link", { name: /Notifications/ }).click();
  await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
  const item = page.locator(".notification.unread", { hasText: `+91${phone}` }).first();
  await item.waitFor();
  await screenshot(page, "notifications");
  await item.getByRole("button", { name: "Mark read" }).click();
  await page.locator(".notification", { hasText: `+91${phone}` }).first().locator(".badge").waitFor({ state: "detached" });
  const afterCount = (await badge.count()) ? Number((await badge.innerText()).match(/\d+/)[0]) : 0;
  assert.equal(afterCount, before - 1);
  expectNoPageErrors(page);
  await page.context().close();
});
