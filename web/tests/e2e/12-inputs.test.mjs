// Inputs in the browser: an analyst issues one after previewing the resolved units (a list and
// a plot); the SHO's open inbox shows it without a reload — flash first, a live countdown, a
// banner and a tone; one tap acknowledges, a report reaches the issuer's live status board, a
// station that cannot act says why; an officer of another agency never sees a restricted
// input; compliance shows its charts.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  apiAs,
  assertNoHorizontalScroll,
  expectNoPageErrors,
  launchBrowser,
  newPage,
  PHONE,
  screenshot,
  signIn,
  unique,
} from "../support.mjs";

const OWN_AGENCY = { classification: "restricted", distribution: { kind: "own_agency" }, handling: [], pointer: false };

let browser;
let analyst;
let units;
before(async () => {
  browser = await launchBrowser();
  analyst = await apiAs("dl.analyst");
  units = await analyst.get("/units");
});
after(async () => {
  await browser?.close();
});

const unitNamed = (name) => {
  const unit = units.find((u) => u.name === name);
  assert.ok(unit, `the demo has ${name}`);
  return unit;
};

/** Issues an input through the API, as another user's action the browser did not take. */
function issue(title, precedence, unitNames, marking = OWN_AGENCY) {
  return analyst.post("/inputs", {
    title,
    body: `${title}: two vehicles, tonight.`,
    language: "english",
    kind: "gang_movement",
    precedence,
    required_action: "locate_and_arrest",
    grading: { reliability: "B", accuracy: 2 },
    targets: unitNames.map((name) => ({ kind: "unit", unit: unitNamed(name).id, include_sub_units: false })),
    marking,
  });
}

test("an analyst previews the resolved units as a list and a plot, then issues the input and sees its board", async () => {
  const title = unique("Issueform");
  const page = await newPage(browser);
  await signIn(page, "dl.analyst");
  await page.getByRole("link", { name: "Inputs" }).click();
  await page.getByRole("heading", { level: 1, name: "Inputs" }).waitFor();
  await page.getByRole("link", { name: "Issue an input" }).click();
  await page.getByRole("heading", { level: 1, name: "Issue an input" }).waitFor();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Text (Hindi, English or both)").fill("गोगी गिरोह के दो सदस्य आज रात सोनीपत की ओर। Two members, tonight.");
  await page.getByLabel("Precedence").selectOption("immediate");
  await page.getByLabel("Required action").selectOption("discreet_check_and_report");
  await page.getByLabel("Target 1").selectOption("districts");
  await page.getByLabel("Districts 1").selectOption({ label: "Outer North District" });
  await page.getByRole("button", { name: "Add target" }).click();
  await page.getByLabel("Target 2").selectOption("radius");
  await page.getByLabel("Latitude 2").fill("28.797");
  await page.getByLabel("Longitude 2").fill("77.134");
  await page.getByLabel("Radius (km) 2").fill("5");
  await page.getByRole("button", { name: "Preview recipients" }).click();

  const preview = page.locator(".target-preview");
  await preview.locator(".resolved-units li", { hasText: "PS Alipur" }).waitFor();
  assert.match(await preview.getByRole("heading").innerText(), /Resolved recipients \(\d+\)/);
  const listed = await preview.locator(".resolved-units li").count();
  assert.ok(listed >= 2, `the district resolves to its units (${listed})`);
  assert.equal(await preview.locator("svg circle.map-unit").count(), listed, "every placed unit is plotted");
  assert.equal(await preview.locator("svg circle.map-radius").count(), 1, "the radius is drawn");
  await page.setViewportSize(PHONE);
  await assertNoHorizontalScroll(page);
  await screenshot(page, "input-issue");

  await page.getByRole("button", { name: "Issue input" }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  const board = page.locator(".status-board");
  await board.getByRole("row", { name: /PS Alipur/ }).waitFor();
  assert.match(await board.locator(".board-summary").innerText(), new RegExp(`0 of ${listed} acknowledged`));
  expectNoPageErrors(page);
  await page.context().close();
});

test("an input links a register record and carries a file; the recipient opens both", async () => {
  const title = unique("Linkedinput");
  const note = `Source note ${title}: seen at Alipur bus stand.`;
  const page = await newPage(browser);
  await signIn(page, "dl.analyst");
  await page.goto("/inputs/new");
  await page.getByRole("heading", { level: 1, name: "Issue an input" }).waitFor();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Text (Hindi, English or both)").fill("Bhura seen near Alipur.");
  await page.getByLabel("Find a person or organisation to link").fill("9810012345");
  await page.getByRole("button", { name: "Find", exact: true }).click();
  await page.getByRole("button", { name: "Link Mohd. Irfan" }).first().click();
  await page.locator(".linked-records").getByRole("button", { name: "Remove Mohd. Irfan" }).waitFor();
  // A file that is not what it says is refused with the server's words, and not listed.
  await page.getByLabel("Add files").setInputFiles({ name: "fake.pdf", mimeType: "application/pdf", buffer: Buffer.from("not a pdf") });
  await page.locator(".attachments").getByRole("alert").getByText(/not application\/pdf: the file is refused/).waitFor();
  assert.equal(await page.locator(".attachments li").count(), 0);
  await page.getByLabel("Add files").setInputFiles({ name: "source-note.txt", mimeType: "text/plain", buffer: Buffer.from(note) });
  await page.locator(".attachments li", { hasText: "source-note.txt" }).waitFor();
  await page.getByLabel("Target 1").selectOption("unit");
  await page.getByLabel("Unit 1").selectOption({ label: "PS Alipur" });
  await page.getByRole("button", { name: "Issue input" }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  expectNoPageErrors(page);
  await page.context().close();

  const sho = await newPage(browser);
  await signIn(sho, "dl.sho.alipur");
  await sho.getByRole("link", { name: /^Inputs/ }).click();
  await sho.locator(".inbox-item", { hasText: title }).getByRole("link", { name: title }).click();
  await sho.getByRole("heading", { level: 1, name: title }).waitFor();
  await sho.getByRole("link", { name: "Mohd. Irfan" }).waitFor();
  const file = sho.getByRole("link", { name: "File 1" });
  const answer = await sho.request.get(await file.getAttribute("href"));
  assert.equal(answer.status(), 200);
  assert.equal(await answer.text(), note);
  assert.match(answer.headers()["content-disposition"] ?? "", /source-note\.txt/);
  expectNoPageErrors(sho);
  await sho.context().close();
});

test("the SHO's open inbox shows a new flash input without reload, first, with a live countdown, a banner and a tone; acknowledging and reporting reach the issuer's board live", async () => {
  const routine = unique("Routineinput");
  const flash = unique("Flashinput");
  await issue(routine, "routine", ["PS Alipur"]);

  const sho = await newPage(browser);
  await signIn(sho, "dl.sho.alipur");
  await sho.getByRole("link", { name: /^Inputs/ }).click();
  await sho.getByRole("heading", { level: 1, name: "Inputs" }).waitFor();
  await sho.locator(".inbox-item", { hasText: routine }).waitFor();
  await sho.locator('.live-indicator[data-state="live"]').waitFor();
  await sho.evaluate(() => (window.__notReloaded = true));

  const issued = await issue(flash, "flash", ["PS Alipur", "PS Narela"]);
  const row = sho.locator(".inbox-item", { hasText: flash });
  await row.waitFor({ timeout: 5000 });
  assert.ok(await sho.evaluate(() => window.__notReloaded), "no reload");
  // Only copies already overdue (the demo's stream leaves some) may stand above it.
  assert.match(await sho.locator(".inbox-item:not(.is-overdue)").first().innerText(), new RegExp(flash), "flash comes first");
  const banner = sho.locator(".alarm-banner.alarm-flash");
  await banner.waitFor();
  assert.match(await banner.innerText(), new RegExp(`FLASH input: ${flash}`));
  assert.ok(Number(await banner.getAttribute("data-tones")) >= 1, "a tone was played");
  const countdown = row.locator(".countdown");
  const first = await countdown.innerText();
  assert.match(first, /acknowledge within 1[45]:\d\d/);
  const ticking = await countdown.elementHandle();
  await sho.waitForFunction(([el, was]) => el.textContent !== was, [ticking, first]);
  await screenshot(sho, "inbox");

  // The issuer watches the board while the SHO acts.
  const issuer = await newPage(browser);
  await signIn(issuer, "dl.analyst");
  await issuer.goto(`/inputs/${issued.input.id}`);
  const board = issuer.locator(".status-board");
  const alipur = board.getByRole("row", { name: /PS Alipur/ });
  await alipur.waitFor();
  await issuer.locator('.live-indicator[data-state="live"]').waitFor();

  await banner.getByRole("button", { name: "Open" }).click();
  await sho.getByRole("heading", { level: 1, name: flash }).waitFor();
  const copy = sho.locator(".your-copy");
  await copy.getByText("Read", { exact: true }).waitFor();
  await alipur.getByText("Read", { exact: true }).waitFor();
  await copy.getByRole("button", { name: "Acknowledge" }).click();
  await copy.getByText(/^Acknowledged\. Report the action/).waitFor();
  await alipur.getByText("Acknowledged", { exact: true }).waitFor({ timeout: 5000 });

  await copy.getByRole("button", { name: "Report action" }).click();
  await copy.getByLabel("Outcome").selectOption("arrested");
  await copy.getByLabel("What was done").fill("Both held at the Singhu border picket.");
  await copy.getByRole("button", { name: "Send report" }).click();
  await copy.getByText("Your report has reached the issuer.").waitFor();
  await alipur.getByText("Action reported", { exact: true }).waitFor({ timeout: 5000 });
  assert.match(await alipur.innerText(), /Arrested · Both held at the Singhu border picket\./);
  assert.match(await board.locator(".board-summary").innerText(), /1 of 2 acknowledged/);
  await screenshot(issuer, "input-board");
  expectNoPageErrors(sho);
  expectNoPageErrors(issuer);
  await sho.context().close();
  await issuer.context().close();
});

test("a station that cannot act says why, and the issuer reads the reason; an illegal step is refused", async () => {
  const title = unique("Cannotact");
  const issued = await issue(title, "priority", ["PS Narela"]);
  const page = await newPage(browser, PHONE);
  await signIn(page, "dl.sho.narela");
  await page.goto(`/inputs/${issued.input.id}`);
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  await assertNoHorizontalScroll(page);
  const copy = page.locator(".your-copy");
  await copy.getByRole("button", { name: "Cannot act" }).click();
  await copy.getByLabel("Why your unit cannot act").fill("All staff deployed for the election duty.");
  await copy.getByRole("button", { name: "Tell the issuer" }).click();
  await copy.getByText("The issuer has been told that your unit cannot act.").waitFor();
  assert.equal(await copy.getByRole("button", { name: "Acknowledge" }).count(), 0, "nothing more to do");

  const board = await analyst.get(`/inputs/${issued.input.id}/board`);
  const narela = board.recipients.find((r) => r.unit_name === "PS Narela");
  assert.equal(narela.state, "flagged");
  assert.equal(narela.flag_reason, "All staff deployed for the election duty.");
  const station = await apiAs("dl.sho.narela");
  await assert.rejects(
    station.post(`/inputs/${issued.input.id}/recipients/${narela.id}/steps`, { action: "acknowledge" }),
    /409/,
    "a flagged copy is not acknowledged afterwards",
  );
  expectNoPageErrors(page);
  await page.context().close();
});

test("an SHO forwards the input to another unit of the agency; the chain shows on the issuer's board", async () => {
  const title = unique("Forwarded");
  const issued = await issue(title, "immediate", ["PS Alipur"]);
  const page = await newPage(browser);
  await signIn(page, "dl.sho.alipur");
  await page.goto(`/inputs/${issued.input.id}`);
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  const copy = page.locator(".your-copy");
  await copy.getByRole("button", { name: "Forward" }).click();
  await copy.getByLabel("To a unit of your agency").selectOption({ label: "PS Bawana" });
  await copy.getByLabel("Note").fill("Check the Bawana industrial area.");
  await copy.locator("form").getByRole("button", { name: "Forward" }).click();
  await copy.getByText("Forwarded to PS Bawana.").waitFor();

  const issuer = await newPage(browser);
  await signIn(issuer, "dl.analyst");
  await issuer.goto(`/inputs/${issued.input.id}`);
  const forwarded = issuer.locator(".status-board").getByRole("row", { name: /PS Bawana/ });
  await forwarded.waitFor();
  assert.match(await forwarded.innerText(), /forwarded copy/);
  assert.match(await forwarded.innerText(), /Delivered/);
  expectNoPageErrors(page);
  expectNoPageErrors(issuer);
  await page.context().close();
  await issuer.context().close();
});

test("when another officer of the unit acknowledges first, the open input page follows without reload", async () => {
  const title = unique("Sameunit");
  const issued = await issue(title, "immediate", ["PS Alipur"]);
  const page = await newPage(browser, PHONE);
  await signIn(page, "dl.ct.alipur");
  await page.goto(`/inputs/${issued.input.id}`);
  const copy = page.locator(".your-copy");
  await copy.getByRole("button", { name: "Acknowledge" }).waitFor();
  await page.locator('.live-indicator[data-state="live"]').waitFor();
  const sho = await apiAs("dl.sho.alipur");
  const detail = await sho.get(`/inputs/${issued.input.id}`);
  await sho.post(`/inputs/${issued.input.id}/recipients/${detail.my_copies[0].id}/steps`, { action: "acknowledge" });
  await copy.getByText("Acknowledged", { exact: true }).waitFor({ timeout: 5000 });
  assert.equal(await copy.getByRole("button", { name: "Acknowledge" }).count(), 0);
  expectNoPageErrors(page);
  await page.context().close();
});

test("an officer of another agency does not see a restricted input: not in the inbox, not by its address, no banner", async () => {
  const title = unique("Delhionly");
  const loni = await newPage(browser);
  await signIn(loni, "up.sho.loni");
  await loni.getByRole("link", { name: /^Inputs/ }).click();
  await loni.getByRole("heading", { level: 1, name: "Inputs" }).waitFor();
  await loni.locator('.live-indicator[data-state="live"]').waitFor();

  const issued = await issue(title, "flash", ["PS Alipur"]);
  // Delhi's officer is told at once; give UP's stream the same time to (wrongly) hear of it.
  const alipur = await apiAs("dl.sho.alipur");
  const inbox = await alipur.get("/inbox");
  assert.ok(inbox.items.some((i) => i.input.id === issued.input.id), "the targeted unit has it");
  await loni.waitForTimeout(1500);
  assert.equal(await loni.locator(".alarm-banner").count(), 0, "no banner");
  assert.equal(await loni.locator(".inbox-item", { hasText: title }).count(), 0, "not in the inbox");
  await loni.goto(`/inputs/${issued.input.id}`);
  await loni.getByRole("alert").waitFor();
  const text = await loni.locator("main").innerText();
  assert.ok(!text.includes(title), "its title never shows");
  assert.match(text, /no such record|not found|not shared/i);
  expectNoPageErrors(loni);
  await loni.context().close();
});

test("a constable without the clearance is not told of a Confidential input for his own station", async () => {
  const title = unique("Confidentialinput");
  const constable = await newPage(browser, PHONE);
  await signIn(constable, "dl.ct.alipur");
  await constable.goto("/inputs");
  await constable.getByRole("heading", { level: 1, name: "Inputs" }).waitFor();
  await constable.locator('.live-indicator[data-state="live"]').waitFor();
  const issued = await issue(title, "flash", ["PS Alipur"], { ...OWN_AGENCY, classification: "confidential" });
  // The SHO, cleared to Confidential, has it; give the constable's stream the same time.
  const inbox = await (await apiAs("dl.sho.alipur")).get("/inbox");
  assert.ok(inbox.items.some((i) => i.input.id === issued.input.id));
  await constable.waitForTimeout(1500);
  assert.equal(await constable.locator(".alarm-banner").count(), 0, "no banner");
  assert.equal(await constable.locator(".inbox-item", { hasText: title }).count(), 0, "not in the inbox");
  await constable.goto(`/inputs/${issued.input.id}`);
  await constable.getByRole("alert").waitFor();
  assert.ok(!(await constable.locator("main").innerText()).includes(title), "its title never shows");
  expectNoPageErrors(constable);
  await constable.context().close();
});

test("compliance shows on-time acknowledgement per agency and unit as bars, the weekly trend as a line, and the figures", async () => {
  const page = await newPage(browser);
  await signIn(page, "dl.analyst");
  await page.getByRole("link", { name: "Compliance" }).click();
  await page.getByRole("heading", { level: 1, name: "Compliance" }).waitFor();
  const bars = page.locator(".bar-chart");
  await bars.waitFor();
  assert.ok((await bars.locator("rect.chart-bar").count()) >= 1, "a bar per agency");
  assert.match(await bars.locator("li").first().innerText(), /DL: \d+ %|DL: nothing received/);
  await page.locator(".trend-chart circle.chart-dot").first().waitFor();
  await page.getByLabel("Grouped by").selectOption("unit");
  // The screen drawn again (as a live update does) keeps a choice not yet shown.
  await page.getByRole("button", { name: "हिन्दी" }).click();
  await page.getByRole("heading", { level: 1, name: "अनुपालन" }).waitFor();
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "Compliance" }).waitFor();
  assert.equal(await page.getByLabel("Grouped by").inputValue(), "unit");
  await page.getByRole("button", { name: "Show" }).click();
  await page.locator(".compliance-table tbody tr", { hasText: "PS Alipur" }).waitFor();
  const row = await page.locator(".compliance-table tbody tr", { hasText: "PS Alipur" }).innerText();
  assert.match(row, /PS Alipur \(DL\)/);
  await page.setViewportSize(PHONE);
  await assertNoHorizontalScroll(page);
  await screenshot(page, "compliance");
  expectNoPageErrors(page);
  await page.context().close();

  // Haryana's SP supervises Gurugram: Delhi's stations are not his to count.
  const sp = await newPage(browser);
  await signIn(sp, "hr.sp.gurugram");
  await sp.getByRole("link", { name: "Compliance" }).click();
  await sp.getByRole("heading", { level: 1, name: "Compliance" }).waitFor();
  await sp.getByLabel("Grouped by").selectOption("unit");
  await sp.getByRole("button", { name: "Show" }).click();
  await sp.locator(".compliance-table").waitFor();
  // He counts his own district's units, and the units Haryana's inputs went to — never the
  // Delhi stations that only Delhi's inputs reached.
  await sp.locator(".compliance-table tbody tr", { hasText: "(HR)" }).first().waitFor();
  const seen = await sp.locator("main").innerText();
  assert.ok(!/PS Alipur|PS Narela/.test(seen), "no Delhi station Haryana never sent to");
  expectNoPageErrors(sp);
  await sp.context().close();

  const officer = await newPage(browser);
  await signIn(officer, "dl.sho.alipur");
  assert.equal(await officer.getByRole("link", { name: "Compliance" }).count(), 0);
  await officer.goto("/compliance");
  await officer.getByText("This screen is for the role: Supervisor / Analyst.").waitFor();
  expectNoPageErrors(officer);
  await officer.context().close();
});

/** Whether each inbox item above and below the one titled `title` is overdue. */
async function standing(page, title) {
  return page.evaluate((t) => {
    const items = [...document.querySelectorAll(".inbox-item")];
    const mine = items.findIndex((el) => el.textContent.includes(t));
    const late = (el) => el.classList.contains("is-overdue");
    return { above: items.slice(0, mine).map(late), below: items.slice(mine + 1).map(late) };
  }, title);
}

test("a copy left unacknowledged goes overdue: it moves above every copy still in time, in red, and the issuer's board shows the escalation", async () => {
  // The test server gives priority inputs one minute (see tests/run.mjs).
  const title = unique("Overdue");
  const issued = await issue(title, "priority", ["PS Alipur"]);
  // A flash input in time, which the overdue copy will overtake.
  await issue(unique("Flashintime"), "flash", ["PS Alipur"]);
  const sho = await newPage(browser);
  await signIn(sho, "dl.sho.alipur");
  await sho.goto("/inputs");
  const row = sho.locator(".inbox-item", { hasText: title });
  await row.waitFor();
  assert.match(await row.locator(".countdown").innerText(), /acknowledge within 0[01]:\d\d/);
  assert.ok((await standing(sho, title)).above.some((o) => !o), "copies still in time stand above it while it is");

  const issuer = await newPage(browser);
  await signIn(issuer, "dl.analyst");
  await issuer.goto(`/inputs/${issued.input.id}`);
  const alipur = issuer.locator(".status-board").getByRole("row", { name: /PS Alipur/ });
  await alipur.waitFor();

  await row.locator(".countdown.is-overdue").waitFor({ timeout: 75_000 });
  assert.match(await row.locator(".countdown").innerText(), /overdue by 00:\d\d/);
  assert.match(await row.getAttribute("class"), /is-overdue/);
  // Above every copy still in time (the flash ones too); only older overdue ones above it.
  await sho.waitForFunction((t) => {
    const items = [...document.querySelectorAll(".inbox-item")];
    const mine = items.findIndex((el) => el.textContent.includes(t));
    return mine >= 0 && items.slice(0, mine).every((el) => el.classList.contains("is-overdue"));
  }, title);
  const after = await standing(sho, title);
  assert.ok(after.above.every(Boolean), "only overdue copies stand above it");
  assert.ok(after.below.length > 0 && !after.below.every(Boolean), "copies in time, flash among them, stand below");
  await alipur.getByText(/escalated to Alipur Sub-Division \(level 1\)/).waitFor({ timeout: 15_000 });
  assert.match(await issuer.locator(".board-summary").innerText(), /1 overdue/);
  expectNoPageErrors(sho);
  expectNoPageErrors(issuer);
  await sho.context().close();
  await issuer.context().close();
});

test("the inbox reads in Hindi: labels, precedence and the countdown", async () => {
  const title = unique("Hindiinbox");
  await issue(title, "priority", ["PS Alipur"]);
  const page = await newPage(browser, PHONE);
  await signIn(page, "dl.sho.alipur");
  await page.goto("/inputs");
  await page.locator(".inbox-item", { hasText: title }).waitFor();
  await page.getByRole("button", { name: "हिन्दी" }).click();
  await page.getByRole("heading", { level: 1, name: "इनपुट" }).waitFor();
  const row = await page.locator(".inbox-item", { hasText: title }).innerText();
  assert.match(row, /प्राथमिकता/);
  assert.match(row, /में पावती दें/);
  assert.match(await page.locator(".inbox-counts").innerText(), /पावती शेष/);
  await assertNoHorizontalScroll(page);
  await page.getByRole("button", { name: "English" }).click();
  expectNoPageErrors(page);
  await page.context().close();
});

test("the dashboard and the navigation count the inputs waiting, and follow a new one without reload", async () => {
  const page = await newPage(browser);
  await signIn(page, "dl.sho.alipur");
  const panel = page.locator("#waiting-inputs");
  await panel.waitFor();
  await page.locator('.live-indicator[data-state="live"]').waitFor();
  const count = async () => Number(((await panel.getByRole("status").innerText()).match(/^(\d+) inputs/) ?? [0, 0])[1]);
  // What the server counts for the unit now, as the panel shows once the shell has asked.
  const { counts } = await (await apiAs("dl.sho.alipur")).get("/inbox?limit=1");
  const before = counts.unacknowledged + counts.escalated;
  await page.waitForFunction(
    (n) => Number(document.querySelector("#waiting-inputs [role=status]")?.textContent.match(/^(\d+) inputs/)?.[1] ?? 0) === n,
    before,
  );
  await issue(unique("Dashcount"), "routine", ["PS Alipur"]);
  await page.waitForFunction(
    (n) => Number(document.querySelector("#waiting-inputs [role=status]")?.textContent.match(/^(\d+) inputs/)?.[1] ?? 0) > n,
    before,
  );
  assert.equal(await count(), before + 1);
  const badge = page.locator("nav#main-nav").getByRole("link", { name: /^Inputs/ }).locator(".badge");
  assert.equal(Number((await badge.innerText()).match(/\d+/)[0]), before + 1);
  expectNoPageErrors(page);
  await page.context().close();
});
