// First load of the dashboard on loopback with a cold cache, and the JavaScript the first
// screens need. Each run opens a new browser context (empty cache, no cookies), signs in
// through the API (the session cookie lands in that context), then navigates to / and times
// navigation start → the first document of the dashboard painted. Prints a table and writes
// JSON to bench/results/.
//
//   npm run bench:first-load                  # starts its own demo server
//   RUNS=20 npm run bench:first-load
//   SAMANVAY_URL=http://127.0.0.1:8080 npm run bench:first-load   # an already running demo
//
// The server is ../target/release/samanvay when it exists (else ../target/debug/samanvay),
// or $SAMANVAY_BIN.

import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { DESKTOP, launchBrowser } from "../tests/support.mjs";
import { DEMO_PASSWORD, startDemo } from "../tests/server.mjs";

const web = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.env.RUNS ?? 10);
const USER = process.env.BENCH_USER ?? "dl.sho.alipur";
const BUDGET_MS = 1000;
const BUDGET_JS_KIB = 250;

// Records when the dashboard's first document row is painted (the frame after it appears).
const MARK_VISIBLE = () => {
  const seen = () => document.querySelector("#recent-documents .doc-row");
  const mark = () =>
    requestAnimationFrame(() => {
      window.__dashboardVisible = performance.now();
    });
  const observer = new MutationObserver(() => {
    if (seen()) {
      observer.disconnect();
      mark();
    }
  });
  document.addEventListener("DOMContentLoaded", () =>
    observer.observe(document.body, { childList: true, subtree: true }),
  );
};

let server = null;
if (!process.env.SAMANVAY_URL) {
  // A release binary embeds web/dist as it was when it was built: use it only if it is newer.
  const release = join(web, "..", "target", "release", "samanvay");
  const built = join(web, "dist", "index.html");
  if (!process.env.SAMANVAY_BIN && existsSync(release)) {
    if (!existsSync(built) || statSync(release).mtimeMs >= statSync(built).mtimeMs)
      process.env.SAMANVAY_BIN = release;
    else
      console.warn(
        "target/release/samanvay is older than web/dist: using the debug binary " +
          "(run `cargo build --release -p samanvay-cli` to measure the release build).",
      );
  }
  server = await startDemo();
  process.env.SAMANVAY_URL = server.url;
}
const base = process.env.SAMANVAY_URL;
const binary = process.env.SAMANVAY_BIN ?? "(already running)";

const browser = await launchBrowser();
const runs = [];
try {
  // One warm-up run, so the server's own caches (and the OS's) are not what is measured.
  await measure();
  for (let i = 0; i < RUNS; i++) runs.push(await measure());
} finally {
  await browser.close();
  await server?.stop();
}

async function measure() {
  const context = await browser.newContext({ viewport: DESKTOP, baseURL: base });
  const login = await context.request.post("/api/v1/auth/login", {
    data: { username: USER, password: DEMO_PASSWORD },
  });
  if (!login.ok()) throw new Error(`login as ${USER}: ${login.status()} ${await login.text()}`);
  const page = await context.newPage();
  await page.addInitScript(MARK_VISIBLE);
  const bodies = [];
  const collect = (response) => {
    const type = response.request().resourceType();
    if (["script", "stylesheet", "font", "document"].includes(type))
      bodies.push(
        response.body().then(
          (body) => ({ url: response.url(), type, body }),
          () => ({ url: response.url(), type, body: Buffer.alloc(0) }),
        ),
      );
  };
  page.on("response", collect);
  await page.goto("/");
  await page.waitForFunction(() => window.__dashboardVisible !== undefined, null, {
    timeout: 30_000,
  });
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    return {
      visible: window.__dashboardVisible,
      domContentLoaded: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      firstContentfulPaint: fcp ? fcp.startTime : null,
    };
  });
  // Every file of the first screen (fonts arrive after the text that needs them).
  await page.waitForLoadState("networkidle");
  page.off("response", collect);
  const files = await Promise.all(bodies);
  await context.close();
  const sizes = (type) => {
    const chosen = files.filter((f) => f.type === type);
    return {
      files: chosen.length,
      bytes: chosen.reduce((n, f) => n + f.body.length, 0),
      gzipBytes: chosen.reduce((n, f) => n + gzipSync(f.body).length, 0),
      names: chosen.map((f) => new URL(f.url).pathname),
    };
  };
  return { ...timing, js: sizes("script"), css: sizes("stylesheet"), fonts: sizes("font") };
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, worst: sorted[sorted.length - 1], best: sorted[0] };
};
const visible = stats(runs.map((r) => r.visible));
const dcl = stats(runs.map((r) => r.domContentLoaded));
const fcp = stats(runs.map((r) => r.firstContentfulPaint ?? 0));
const js = runs[0].js;
const kib = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => value.toFixed(0);

const rows = [
  ["navigation start → dashboard content painted", `${ms(visible.median)} ms`, `${ms(visible.worst)} ms`, `≤ ${BUDGET_MS} ms`],
  ["navigation start → first contentful paint", `${ms(fcp.median)} ms`, `${ms(fcp.worst)} ms`, ""],
  ["navigation start → DOMContentLoaded", `${ms(dcl.median)} ms`, `${ms(dcl.worst)} ms`, ""],
];
console.log(`\nFirst load of the dashboard (${RUNS} cold-cache runs as ${USER}, server ${base}, ${binary})\n`);
console.log(table(["measure", "median", "worst", "budget"], rows));
console.log(
  `\nJavaScript for the first screen: ${js.files} files, ${kib(js.bytes)} KiB, ` +
    `${kib(js.gzipBytes)} KiB gzipped (budget ≤ ${BUDGET_JS_KIB} KiB gzipped)`,
);
console.log(`  ${js.names.join("\n  ")}`);
console.log(
  `CSS: ${kib(runs[0].css.bytes)} KiB (${kib(runs[0].css.gzipBytes)} KiB gzipped); ` +
    `fonts: ${runs[0].fonts.files} files, ${kib(runs[0].fonts.bytes)} KiB`,
);

const result = {
  benchmark: "web-first-load",
  at: new Date().toISOString(),
  server: base,
  binary,
  user: USER,
  runs: RUNS,
  dashboard_visible_ms: visible,
  first_contentful_paint_ms: fcp,
  dom_content_loaded_ms: dcl,
  first_screen_js: { files: js.names, bytes: js.bytes, gzip_bytes: js.gzipBytes },
  css: { bytes: runs[0].css.bytes, gzip_bytes: runs[0].css.gzipBytes },
  fonts: { files: runs[0].fonts.names, bytes: runs[0].fonts.bytes },
  budgets: {
    dashboard_visible_ms: BUDGET_MS,
    first_screen_js_gzip_kib: BUDGET_JS_KIB,
    met: visible.worst <= BUDGET_MS && js.gzipBytes <= BUDGET_JS_KIB * 1024,
  },
  samples: runs.map((r) => ({
    visible_ms: r.visible,
    first_contentful_paint_ms: r.firstContentfulPaint,
    dom_content_loaded_ms: r.domContentLoaded,
  })),
};
const out = join(web, "bench", "results");
mkdirSync(out, { recursive: true });
const file = join(out, `first-load-${result.at.replace(/[:.]/g, "-")}.json`);
writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
console.log(`\nWrote ${file}`);

function table(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
