// Coordination channels in the browser: a Delhi SHO and a Haryana SHO in one channel see each
// other's messages and replies live, with unread counts and read receipts; a vehicle number
// written loosely links to the register; an officer who is not a member cannot open the channel,
// and one whose unit is removed loses it on the open screen; "promote to input" opens the issue
// form filled in; the messenger works at phone width with only what the channel's cap allows
// offered as a message's marking.

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
  screenshot,
  signIn,
  unique,
} from "../support.mjs";

let browser;
let owner;
let channel;
const NOT_AVAILABLE = "This channel does not exist or you are not a member of it.";

before(async () => {
  browser = await launchBrowser();
  owner = await apiAs("dl.sho.alipur");
  const analyst = await apiAs("dl.analyst");
  channel = await borderChannel(owner, {
    name: "Alipur – Ganaur naka ",
    description: "Border nakas tonight.",
    users: [analyst.user.id],
  });
});
after(async () => {
  await browser?.close();
});

const message = (page, text) => page.locator("li.message", { hasText: text });

async function openChannel(page) {
  await page.goto(`/channels/${channel.id}`);
  await page.getByRole("heading", { level: 2, name: channel.name }).waitFor();
}

async function send(page, text) {
  await page.getByLabel("Message", { exact: true }).fill(text);
  await page.getByLabel("Message", { exact: true }).press("Enter");
  await message(page, text).waitFor();
}

test("officers of Delhi and Haryana in one channel see each other's messages and replies live", async () => {
  const delhi = await newPage(browser);
  const haryana = await newPage(browser);
  await signIn(delhi, "dl.sho.alipur");
  await signIn(haryana, "hr.sho.ganaur");
  await openChannel(delhi);
  await haryana.goto("/channels");
  const item = haryana.locator("a.channel-item", { hasText: channel.name });
  await item.waitFor();
  // Both streams are open before anything is said.
  await delhi.locator("header.topbar .live-indicator.is-live").waitFor();
  await haryana.locator("header.topbar .live-indicator.is-live").waitFor();

  const navBadge = haryana.locator("#main-nav").getByRole("link", { name: /^Channels/ }).locator(".badge");
  const unreadBefore = Number((await navBadge.count()) ? (await navBadge.innerText()).match(/\d+/)[0] : 0);

  const naka = `Naka at Ganaur ${unique("")}: white Scorpio HR26 AB-1234 going towards Alipur`;
  await send(delhi, naka);
  // The Haryana SHO's list and navigation count it without a reload.
  await item.locator(".badge", { hasText: "1" }).waitFor();
  await navBadge.filter({ hasText: new RegExp(`^${unreadBefore + 1}\\D`) }).waitFor();

  await item.click();
  const seen = message(haryana, naka);
  await seen.waitFor();
  // Opening the channel reads it.
  await item.locator(".badge").waitFor({ state: "detached" });
  // The loosely written vehicle number links to the register's search for it.
  const vehicle = seen.getByRole("link", { name: "HR26 AB-1234" });
  assert.match(await vehicle.getAttribute("href"), /^\/search\?q=hr26ab1234$/i);

  // A reply in Devanagari reaches Delhi live, quoting what it answers.
  await seen.getByRole("button", { name: "Reply" }).click();
  const reply = `गाड़ी गनौर नाके से निकल गई ${unique("")}`;
  await send(haryana, reply);
  const arrived = message(delhi, reply);
  await arrived.waitFor();
  assert.match(await arrived.locator("blockquote").innerText(), /Naka at Ganaur/);
  // Delhi's own message says it has been read.
  await message(delhi, naka).getByText("read by 1").waitFor();
  await screenshot(delhi, "channels-conversation");

  await vehicle.click();
  await haryana.waitForURL(/\/search\?q=/i);
  expectNoPageErrors(delhi);
  expectNoPageErrors(haryana);
});

test("an officer who is not a member cannot open the channel or see its messages", async () => {
  const secret = `Only for members ${unique("")}`;
  await owner.post(`/channels/${channel.id}/messages`, { text: secret });
  const page = await newPage(browser);
  await signIn(page, "up.sho.loni");
  await page.goto("/channels");
  await page.getByRole("link", { name: "New channel" }).waitFor();
  assert.equal(await page.getByText(channel.name).count(), 0, "not in the list");
  await page.goto(`/channels/${channel.id}`);
  await page.getByText(NOT_AVAILABLE).waitFor();
  assert.equal(await page.getByText(secret).count(), 0);
  await page.goto(`/channels/${channel.id}/members`);
  await page.getByText(NOT_AVAILABLE).waitFor();
  expectNoPageErrors(page);
});

test("search finds messages only in channels one is a member of; the screens read in Hindi", async () => {
  const word = unique("tractortrolley");
  await owner.post(`/channels/${channel.id}/messages`, { text: `Stolen ${word} seen near Bawana` });
  const member = await newPage(browser);
  await signIn(member, "hr.sho.ganaur");
  await member.goto("/channels");
  await member.getByLabel("Search messages").fill(word);
  await member.getByLabel("Search messages").press("Enter");
  const hit = member.locator("li.search-hit", { hasText: word });
  await hit.getByRole("link", { name: channel.name }).waitFor();

  const outsider = await newPage(browser);
  await signIn(outsider, "up.sho.loni");
  await outsider.goto("/channels");
  await outsider.getByLabel("Search messages").fill(word);
  await outsider.getByLabel("Search messages").press("Enter");
  await outsider.getByText("No message in your channels has every word.").waitFor();
  assert.equal(await outsider.getByText(word).count(), 0);

  await member.getByRole("button", { name: "हिन्दी" }).click();
  await member.getByRole("heading", { level: 2, name: "चैनल" }).waitFor();
  await member.getByLabel("संदेश खोजें").waitFor();
  await hit.getByRole("link", { name: channel.name }).click();
  await member.getByRole("button", { name: "भेजें" }).waitFor();
  await screenshot(member, "channels-hindi");
  await member.getByRole("button", { name: "English" }).click();
  expectNoPageErrors(member);
  expectNoPageErrors(outsider);
});

test("promote to input opens the issue form filled in from the message", async () => {
  const text = `Gogi gang courier seen at Alipur ${unique("")}`;
  await owner.post(`/channels/${channel.id}/messages`, { text });
  const page = await newPage(browser);
  await signIn(page, "dl.analyst");
  await openChannel(page);
  await message(page, text).getByRole("button", { name: "Promote to input" }).click();
  await page.getByRole("heading", { level: 1, name: "Issue an input" }).waitFor();
  assert.equal(await page.getByLabel("Title").inputValue(), text);
  assert.match(await page.getByLabel("Text (Hindi, English or both)").inputValue(), new RegExp(`${text}[\\s\\S]*${channel.name.slice(0, 20)}`));
  // The channel's units are the targets.
  assert.notEqual(await page.locator("#target-unit-0").inputValue(), "");
  expectNoPageErrors(page);
});

test("on a phone the list and the conversation take turns, and only the channel's cap is offered", async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, "dl.sho.alipur");
  await page.goto("/channels");
  const item = page.locator("a.channel-item", { hasText: channel.name });
  await item.click();
  await page.getByRole("heading", { level: 2, name: channel.name }).waitFor();
  assert.equal(await page.locator(".channel-list").isVisible(), false, "the list gives way");
  await assertNoHorizontalScroll(page);
  // The SHO is cleared for confidential, but the channel is restricted.
  const offered = await page.getByLabel("Classification").locator("option").evaluateAll((o) => o.map((x) => x.value));
  assert.deepEqual(offered, ["unrestricted", "restricted"]);
  // What the server refuses is said, and the text stays to be corrected.
  const refused = "Bell \u0007 at the naka";
  await page.getByLabel("Message", { exact: true }).fill(refused);
  await page.getByLabel("Message", { exact: true }).press("Enter");
  await page.locator(".composer .notice-error").waitFor();
  assert.equal(await page.getByLabel("Message", { exact: true }).inputValue(), refused);
  assert.equal(await message(page, "at the naka").count(), 0);
  await screenshot(page, "channels-phone");
  await page.locator("a.conversation-back").first().click();
  await item.waitFor();
  await assertNoHorizontalScroll(page);
  expectNoPageErrors(page);
});

test("an edit shows as edited and a deletion as deleted, live on the other officer's screen", async () => {
  const delhi = await newPage(browser);
  const haryana = await newPage(browser);
  await signIn(delhi, "dl.sho.alipur");
  await signIn(haryana, "hr.sho.ganaur");
  await openChannel(delhi);
  await openChannel(haryana);
  await haryana.locator("header.topbar .live-indicator.is-live").waitFor();
  const first = `Checkpost at Narela ${unique("")}`;
  await send(delhi, first);
  await message(haryana, first).waitFor();

  await message(delhi, first).getByRole("button", { name: "Edit" }).click();
  const corrected = `Checkpost moved to Singhu ${unique("")}`;
  await delhi.getByLabel("Edit", { exact: true }).fill(corrected);
  await delhi.getByRole("button", { name: "Save" }).click();
  const edited = message(haryana, corrected);
  await edited.getByText("edited", { exact: true }).waitFor();
  assert.equal(await message(haryana, first).count(), 0, "the old text is gone from the view");

  delhi.once("dialog", (dialog) => dialog.accept());
  await message(delhi, corrected).getByRole("button", { name: "Delete" }).click();
  await haryana.getByText("This message was deleted.").last().waitFor();
  assert.equal(await message(haryana, corrected).count(), 0);
  expectNoPageErrors(delhi);
  expectNoPageErrors(haryana);
});

test("the conversation opens on the last 50 messages and loads older ones when scrolled back", async () => {
  const batch = unique("Patrol log ");
  for (let i = 1; i <= 60; i++) await owner.post(`/channels/${channel.id}/messages`, { text: `${batch} #${i}` });
  const page = await newPage(browser);
  await signIn(page, "hr.sho.ganaur");
  await openChannel(page);
  await message(page, `${batch} #60`).waitFor();
  assert.equal(await page.locator("li.message").count(), 50);
  assert.equal(await message(page, `${batch} #10`).count(), 0, "older than the page");
  await page.locator("ol.messages").evaluate((list) => (list.scrollTop = 0));
  await message(page, `${batch} #10`).waitFor();
  assert.ok((await page.locator("li.message").count()) > 50);
  expectNoPageErrors(page);
});

test("an auditor reads what an edit replaced in the archive; another agency's auditor and an officer do not", async () => {
  const said = `Raid at 0400 near Bakhtawarpur ${unique("")}`;
  const posted = await owner.post(`/channels/${channel.id}/messages`, { text: said });
  const corrected = `Raid moved to 0500 ${unique("")}`;
  await owner.put(`/channels/${channel.id}/messages/${posted.id}`, { version: posted.version, text: corrected });

  const auditor = await newPage(browser);
  await signIn(auditor, "dl.auditor");
  await auditor.goto(`/channels/${channel.id}/archive`);
  await auditor.getByRole("heading", { level: 1, name: `Archive of ${channel.name}` }).waitFor();
  let entry = auditor.locator("li.archive-message", { hasText: corrected });
  // Pages of 50 from the oldest: later ones load on request.
  const entries = auditor.locator("li.archive-message");
  await entries.first().waitFor();
  while ((await entry.count()) === 0) {
    const shown = await entries.count();
    await auditor.getByRole("button", { name: "Later messages" }).click();
    await entries.nth(shown).waitFor();
  }
  await entry.getByText(said).waitFor();
  await entry.getByText("Version 2").waitFor();
  await screenshot(auditor, "channels-archive");
  expectNoPageErrors(auditor);

  const outsider = await newPage(browser);
  await signIn(outsider, "up.auditor");
  await outsider.goto(`/channels/${channel.id}/archive`);
  await outsider.locator(".notice-error").waitFor();
  assert.equal(await outsider.getByText(said).count(), 0);
  const officer = await newPage(browser);
  await signIn(officer, "dl.sho.alipur");
  await officer.goto(`/channels/${channel.id}/archive`);
  await officer.locator(".notice-error").waitFor();
  assert.equal(await officer.getByText(said).count(), 0);
});

test("an officer creates a channel for his unit, and as its owner adds a read-only unit; a unit of an agency the marking does not reach is refused", async () => {
  const name = unique("Narela – Rai night patrol ");
  const page = await newPage(browser);
  await signIn(page, "dl.sho.alipur");
  await page.goto("/channels");
  await page.getByRole("link", { name: "New channel" }).click();
  await page.getByRole("heading", { level: 1, name: "New channel" }).waitFor();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("What it is for").fill("Night patrols across the Narela – Rai border.");
  await page.getByLabel("Listed agencies").check();
  await page.getByLabel(/\(HR\)$/).check();
  await page.getByLabel("Unit", { exact: true }).selectOption({ label: "PS Ganaur" });
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await page.getByRole("button", { name: "Create the channel" }).click();
  await page.getByRole("heading", { level: 2, name }).waitFor();

  await page.getByRole("link", { name: "Members" }).click();
  await page.getByRole("heading", { level: 1, name: `Members of ${name}` }).waitFor();
  await page.locator("li.member-row", { hasText: "PS Ganaur" }).waitFor();
  const addUnit = page.locator(".member-add div", { has: page.locator("#add-member-unit") });
  await page.locator("#add-member-role").selectOption("read_only");
  await page.getByLabel("Unit", { exact: true }).selectOption({ label: "PS Rai" });
  await addUnit.getByRole("button", { name: "Add" }).click();
  const rai = page.locator("li.member-row", { hasText: "PS Rai" });
  await rai.waitFor();
  assert.equal(await rai.locator("select").inputValue(), "read_only");

  await page.getByLabel("Unit", { exact: true }).selectOption({ label: "PS Loni" });
  await addUnit.getByRole("button", { name: "Add" }).click();
  await page.locator(".channel-members .notice-error").waitFor();
  assert.equal(await page.locator("li.member-row", { hasText: "PS Loni" }).count(), 0);
  expectNoPageErrors(page);

  const reader = await newPage(browser);
  await signIn(reader, "hr.sho.rai");
  await reader.goto("/channels");
  await reader.locator("a.channel-item", { hasText: name }).click();
  await reader.getByText("You may read this channel but not write in it.").waitFor();
  assert.equal(await reader.getByRole("button", { name: "Send" }).count(), 0);
  expectNoPageErrors(reader);
});

test("an officer whose unit is removed loses the open channel at once", async () => {
  const haryana = await newPage(browser);
  await signIn(haryana, "hr.sho.ganaur");
  await openChannel(haryana);
  await haryana.locator("header.topbar .live-indicator.is-live").waitFor();
  const delhi = await newPage(browser);
  await signIn(delhi, "dl.sho.alipur");
  await delhi.goto(`/channels/${channel.id}/members`);
  await delhi.getByRole("heading", { level: 1, name: `Members of ${channel.name}` }).waitFor();
  await screenshot(delhi, "channels-members");
  await delhi.locator("li.member-row", { hasText: "PS Ganaur" }).getByRole("button", { name: "Remove" }).click();
  await delhi.locator("li.member-row", { hasText: "PS Ganaur" }).waitFor({ state: "detached" });
  // Without a reload, the Haryana SHO's screen loses the conversation; a reload does not bring it back.
  await haryana.getByText(NOT_AVAILABLE).waitFor();
  assert.equal(await haryana.locator("li.message").count(), 0);
  await haryana.reload();
  await haryana.getByText(NOT_AVAILABLE).waitFor();
  expectNoPageErrors(haryana);
  expectNoPageErrors(delhi);
});
