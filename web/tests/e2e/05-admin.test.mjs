// Agency administration: an admin creates a user who can then log in, a unit, and unlocks an
// account that five wrong passwords locked (a throwaway account, so demo users stay usable).

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  apiAs,
  expectNoPageErrors,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
  signOut,
  unique,
} from "../support.mjs";

const PASSWORD = "a long phrase for the new officer";
let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test("an agency admin creates a user who can then log in", async () => {
  const page = await newPage(browser);
  await signIn(page, "dl.admin");
  await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
  await page.getByRole("heading", { name: "Locked accounts" }).waitFor();
  await screenshot(page, "dashboard-admin");

  await page.locator("nav#main-nav").getByRole("link", { name: "Users" }).click();
  await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
  await page.locator("table.cards tbody tr").first().waitFor();
  await screenshot(page, "users");

  await page.getByRole("link", { name: "New user" }).click();
  await page.getByRole("heading", { level: 1, name: "New user" }).waitFor();
  const username = unique("dl.si.");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Full name").fill("Sunita Rawat");
  const unit = page.getByLabel("Unit");
  await unit.locator("option", { hasText: "PS Alipur" }).first().waitFor({ state: "attached" });
  const alipur = await unit.locator("option", { hasText: "PS Alipur" }).first().getAttribute("value");
  await unit.selectOption(alipur);
  await page.getByLabel("Rank").selectOption("sub_inspector");
  await page.getByLabel("Post").fill("Investigating Officer, PS Alipur");
  await page.getByLabel("Clearance").selectOption("restricted");
  await page.getByLabel("First password").fill(PASSWORD);
  await screenshot(page, "user-form");
  await page.getByRole("button", { name: "Create user" }).click();
  await page.getByText(`Account ${username} created.`).waitFor();
  await page.getByLabel("Find by name, username, post or unit").fill(username);
  assert.equal(await page.locator("table.cards tbody tr").count(), 1);
  await signOut(page);

  await signIn(page, username, PASSWORD);
  await page.getByRole("heading", { level: 1, name: "Welcome, Sunita Rawat" }).waitFor();
  assert.match(await page.locator("nav#main-nav").innerText(), /SI · Investigating Officer, PS Alipur/);
  expectNoPageErrors(page);
  await page.context().close();
});

test("five wrong passwords lock an account with the server's message; the admin unlocks it", async () => {
  const admin = await apiAs("dl.admin");
  const units = await admin.get(`/units?agency=${admin.user.agency}`);
  const station = units.find((u) => u.kind === "police_station") ?? units[0];
  const username = unique("dl.throwaway.");
  await admin.post("/users", {
    username,
    display_name: "Throwaway Officer",
    unit: station.id,
    rank: "constable",
    post: "",
    roles: ["officer"],
    clearance: "unrestricted",
    password: PASSWORD,
  });

  const page = await newPage(browser);
  await page.goto("/");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password", { exact: true }).fill(`wrong password number ${attempt}`);
    await page.getByRole("button", { name: "Log in" }).click();
    const expected =
      attempt < 5
        ? "The username or password is not correct."
        : "This account is locked after repeated failed logins. Ask your agency administrator to unlock it.";
    await page.getByRole("alert").getByText(expected).waitFor();
  }
  // Now even the right password is refused.
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("alert").getByText(/This account is locked/).waitFor();
  await screenshot(page, "login-locked");

  // The admin sees the locked account on the dashboard, with a badge, and unlocks it there.
  const adminPage = await newPage(browser);
  await signIn(adminPage, "dl.admin");
  const row = adminPage.locator("li", { hasText: username });
  await row.waitFor();
  assert.match(
    await adminPage.locator("nav#main-nav").getByRole("link", { name: /^Users/ }).locator(".badge").innerText(),
    /^\d+/,
  );
  await row.getByRole("button", { name: /Unlock/ }).click();
  await adminPage.getByText("Throwaway Officer's account is unlocked.").waitFor();
  await adminPage.context().close();

  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("heading", { level: 1, name: "Welcome, Throwaway Officer" }).waitFor();
  expectNoPageErrors(page);
  await page.context().close();
});

test("an agency admin adds a unit under a district", async () => {
  const page = await newPage(browser);
  await signIn(page, "dl.admin");
  await page.locator("nav#main-nav").getByRole("link", { name: "Units" }).click();
  await page.getByRole("heading", { level: 1, name: /^Units of / }).waitFor();
  await page.locator(".tree li").first().waitFor();
  const name = unique("PS Test ");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Kind").selectOption("police_station");
  const parent = page.getByLabel("Under");
  const outerNorth = await parent.locator("option", { hasText: "Outer North" }).first().getAttribute("value");
  await parent.selectOption(outerNorth);
  await page.getByLabel("Latitude").fill("28.79");
  await page.getByLabel("Longitude").fill("77.13");
  await page.getByRole("button", { name: "Create unit" }).click();
  await page.getByText(`Unit ${name} created.`).waitFor();
  await page.locator(".tree .unit-name", { hasText: name }).waitFor();
  await screenshot(page, "units");
  expectNoPageErrors(page);
  await page.context().close();
});

test("an agency admin disables, enables and resets the password of an account", async () => {
  const admin = await apiAs("dl.admin");
  const units = await admin.get(`/units?agency=${admin.user.agency}`);
  const username = unique("dl.reset.");
  await admin.post("/users", {
    username,
    display_name: "Reset Officer",
    unit: units[0].id,
    rank: "head_constable",
    post: "",
    roles: ["officer"],
    clearance: "unrestricted",
    password: PASSWORD,
  });
  const page = await newPage(browser);
  await signIn(page, "dl.admin");
  await page.locator("nav#main-nav").getByRole("link", { name: "Users" }).click();
  await page.getByLabel("Find by name, username, post or unit").fill(username);
  const row = page.locator("table.cards tbody tr", { hasText: username });
  await row.getByRole("button", { name: /Disable/ }).click();
  await page.getByText("Reset Officer's account is disabled; their sessions have ended.").waitFor();
  // The notice and the row's new status render separately: wait for the row, then check it.
  await row.getByText("Disabled", { exact: true }).waitFor();
  assert.match(await row.innerText(), /Disabled/);
  await row.getByRole("button", { name: /Enable/ }).click();
  await page.getByText("Reset Officer's account is enabled again.").waitFor();

  const fresh = "another long phrase after the reset";
  await row.getByRole("button", { name: /Reset password/ }).click();
  const dialog = page.getByRole("dialog", { name: "New password for Reset Officer" });
  await dialog.getByLabel("New password").fill(fresh);
  await dialog.getByRole("button", { name: "Reset password" }).click();
  await page.getByText("Reset Officer's password is reset; their sessions have ended.").waitFor();
  assert.equal(await dialog.count(), 0);
  await page.context().close();

  const officer = await newPage(browser);
  await signIn(officer, username, fresh);
  await officer.getByRole("heading", { level: 1, name: "Welcome, Reset Officer" }).waitFor();
  expectNoPageErrors(officer);
  await officer.context().close();
});
