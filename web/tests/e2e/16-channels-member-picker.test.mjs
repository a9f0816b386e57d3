// Adding a member by name: the owner of a Delhi–Haryana channel types part of a name, picks the
// Haryana SHO from the accounts offered and sees him listed by name; an officer of an agency the
// channel does not reach is never offered; the added SHO finds the channel in his list.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  apiAs,
  borderChannel,
  assertNoHorizontalScroll,
  expectNoPageErrors,
  launchBrowser,
  newPage,
  PHONE,
  signIn,
} from "../support.mjs";

let browser;
let channel;

before(async () => {
  browser = await launchBrowser();
  const owner = await apiAs("dl.sho.alipur");
  channel = await borderChannel(owner, {
    name: "Alipur – Kundli picker ",
    description: "Who is on duty at the border.",
    ganaur: false,
  });
});
after(async () => {
  await browser?.close();
});

test("an owner adds a user of the other agency by typing his name, on a phone", async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, "dl.sho.alipur");
  await page.goto(`/channels/${channel.id}/members`);
  await page.getByRole("heading", { level: 1, name: `Members of ${channel.name}` }).waitFor();

  const search = page.getByLabel("User", { exact: true });
  // Uttar Pradesh is not reached by this channel's marking: Loni's SHO is not offered.
  await search.fill("sho.loni");
  await page.getByText("No account of an agency this channel reaches").waitFor();

  await search.fill("sho.kundli");
  const found = page.getByRole("list", { name: "Accounts found" });
  const choice = found.getByRole("button", { name: /@hr\.sho\.kundli/ });
  await choice.waitFor();
  assert.match(await choice.innerText(), /Kundli/);
  await assertNoHorizontalScroll(page);
  await choice.click();
  // Listed by name and post, not by an id.
  const row = page.locator("li.member-row", { hasText: "Kundli" });
  await row.waitFor();
  assert.doesNotMatch(await row.innerText(), /[0-9a-f]{8}-[0-9a-f]{4}-/);
  await page.reload();
  await row.waitFor();
  // Offered again, he is marked as already a member.
  await search.fill("sho.kundli");
  await found.getByRole("button", { name: /already a member/ }).waitFor();
  assert.equal(await found.getByRole("button", { name: /already a member/ }).isDisabled(), true);
  expectNoPageErrors(page);

  const kundli = await apiAs("hr.sho.kundli");
  const mine = await kundli.get("/channels");
  assert.ok(mine.channels.some((c) => c.id === channel.id), "the added SHO has the channel");
});
