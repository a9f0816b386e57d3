// "Where discussed" on a register person's page: a Haryana SHO, a member of the channel, sees
// the message that named the person — channel, author, time, snippet — and follows it to the
// message in its conversation; an officer of Uttar Pradesh who may read the person but is not
// in the channel sees nothing of the message.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { apiAs, borderChannel, expectNoPageErrors, launchBrowser, newPage, signIn, unique } from "../support.mjs";

let browser;
let channel;
let person;
let text;

before(async () => {
  browser = await launchBrowser();
  const analyst = await apiAs("dl.analyst");
  person = await analyst.post("/persons", {
    names: [{ text: unique("Monu Bawana "), kind: "primary" }],
    marking: {
      classification: "restricted",
      distribution: { kind: "all_agencies" },
      handling: [],
      pointer: false,
    },
  });
  const owner = await apiAs("dl.sho.alipur");
  channel = await borderChannel(owner, {
    name: "Alipur – Ganaur wanted ",
    description: "Wanted men across the border.",
  });
  text = `Monu seen at the Ganaur naka at night ${unique("")}`;
  await owner.post(`/channels/${channel.id}/messages`, {
    text,
    links: [{ kind: "person", person: person.id }],
  });
});
after(async () => {
  await browser?.close();
});

test("a member sees where the person was discussed and opens the message; an outsider sees nothing of it", async () => {
  const member = await newPage(browser);
  await signIn(member, "hr.sho.ganaur");
  await member.goto(`/persons/${person.id}`);
  const panel = member.getByRole("region", { name: "Where discussed" });
  await panel.waitFor();
  const item = panel.locator("li", { hasText: text });
  await item.waitFor();
  await item.getByText(/Vijay Kadyan|SHO, PS Alipur/).waitFor();
  await item.locator("time").waitFor();
  await item.getByRole("link", { name: channel.name }).click();
  await member.waitForURL(new RegExp(`/channels/${channel.id}\\?message=`));
  const opened = member.locator("li.message.message-focus", { hasText: text });
  await opened.waitFor();
  assert.ok(await opened.isVisible());

  const outsider = await newPage(browser);
  await signIn(outsider, "up.sho.loni");
  await outsider.goto(`/persons/${person.id}`);
  const none = outsider.getByRole("region", { name: "Where discussed" });
  await none.getByText("Not mentioned in any message you may read.").waitFor();
  assert.equal(await outsider.getByText(channel.name).count(), 0);
  assert.equal(await outsider.getByText(text).count(), 0);
  expectNoPageErrors(member);
  expectNoPageErrors(outsider);
});
