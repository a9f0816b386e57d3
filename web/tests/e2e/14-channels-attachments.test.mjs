// Files in a channel, in the browser: a Delhi SHO on a phone attaches a photo and a PDF from the
// composer, sees them as chips before sending and in his bubble after (name, type, size, a
// preview for the photo); the Haryana SHO, a member, sees and downloads them; an officer of
// another agency who is not a member is refused the file; a file of the wrong type is refused
// with the server's reason and nothing is sent.

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

// A real 1×1 PNG, so the preview decodes.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const PDF = Buffer.from("%PDF-1.4\n% route of the Scorpio\n");

let browser;
let channel;

before(async () => {
  browser = await launchBrowser();
  const owner = await apiAs("dl.sho.alipur");
  channel = await borderChannel(owner, {
    name: "Alipur – Ganaur files ",
    description: "Photos from the nakas.",
  });
});
after(async () => {
  await browser?.close();
});

const fileInput = (page) => page.locator(".composer input[type=file]");

test("a photo and a PDF sent from a phone reach a member of the other agency and nobody else", async () => {
  const page = await newPage(browser, PHONE);
  await signIn(page, "dl.sho.alipur");
  await page.goto(`/channels/${channel.id}`);
  await page.getByRole("heading", { level: 2, name: channel.name }).waitFor();

  // The attach button is a labelled control of the composer.
  await page.getByText("Attach a file").waitFor({ state: "attached" });
  await fileInput(page).setInputFiles([
    { name: "naka-ganaur.png", mimeType: "image/png", buffer: PNG },
    { name: "route.pdf", mimeType: "application/pdf", buffer: PDF },
  ]);
  const pending = page.getByRole("list", { name: "Files to send" });
  await pending.getByText("naka-ganaur.png", { exact: true }).waitFor();
  // A file chosen by mistake comes off before sending.
  await pending.getByRole("button", { name: "Remove route.pdf" }).waitFor();
  await assertNoHorizontalScroll(page);

  const text = `Scorpio stopped at the naka ${unique("")}`;
  await page.getByLabel("Message", { exact: true }).fill(text);
  await page.getByLabel("Message", { exact: true }).press("Enter");
  const bubble = page.locator("li.message", { hasText: text });
  await bubble.waitFor();
  assert.equal(await pending.count(), 0, "the composer is empty again");
  const files = bubble.getByRole("list", { name: "Files" });
  const photo = files.locator("li", { hasText: "naka-ganaur.png" });
  await photo.getByText(`PNG · ${PNG.length} B`).waitFor();
  await files.locator("li", { hasText: "route.pdf" }).getByText(`PDF · ${PDF.length} B`).waitFor();
  // The photo's preview is the stored image, decoded.
  const preview = photo.locator("img");
  await preview.waitFor();
  await page.waitForFunction((img) => img.complete && img.naturalWidth === 1, await preview.elementHandle());
  await assertNoHorizontalScroll(page);
  await screenshot(page, "channels-attachments-phone");

  // The Haryana SHO, posted to the member unit, sees the chips and downloads the PDF.
  const member = await newPage(browser);
  await signIn(member, "hr.sho.ganaur");
  await member.goto(`/channels/${channel.id}`);
  const seen = member.locator("li.message", { hasText: text });
  await seen.waitFor();
  const link = seen.getByRole("link", { name: /route\.pdf/ });
  const href = await link.getAttribute("href");
  assert.match(href, /^\/api\/v1\/attachments\/[0-9a-f]{64}$/);
  const download = member.waitForEvent("download");
  await link.click();
  assert.equal((await download).suggestedFilename(), "route.pdf");
  const fetched = await member.request.get(href);
  assert.equal(fetched.status(), 200);
  assert.equal((await fetched.body()).toString(), PDF.toString());

  // An officer of Uttar Pradesh, not a member, is refused the same file.
  const outsider = await newPage(browser);
  await signIn(outsider, "up.sho.loni");
  const refused = await outsider.request.get(href);
  assert.equal(refused.status(), 404);
  assert.ok(!(await refused.text()).includes("route"), "the refusal names nothing");
  expectNoPageErrors(page);
  expectNoPageErrors(member);
});

test("a file that is not what it says is refused with the reason, and nothing is sent", async () => {
  const page = await newPage(browser);
  await signIn(page, "dl.sho.alipur");
  await page.goto(`/channels/${channel.id}`);
  await page.getByRole("heading", { level: 2, name: channel.name }).waitFor();
  await fileInput(page).setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("MZ not a png") });
  await page.locator(".composer .notice-error", { hasText: "is not image/png" }).waitFor();
  assert.equal(await page.getByRole("list", { name: "Files to send" }).count(), 0);
  expectNoPageErrors(page);
});
