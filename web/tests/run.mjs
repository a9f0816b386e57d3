// Runs the browser tests against ONE real Samanvay server with demo data: starts
// `samanvay demo` on a free loopback port with a temporary data directory, runs every
// tests/e2e/*.test.mjs (or only the files named: `npm run test:e2e -- tests/e2e/10-….test.mjs`)
// with node's test runner (one file at a time), then stops the server.
// Builds nothing: the binary is ../target/debug/samanvay (or under $CARGO_TARGET_DIR), or
// $SAMANVAY_BIN.

import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startDemo } from "./server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
// Priority inputs fall due in a minute, so a test sees a copy go overdue and escalate; the
// other precedences keep their real deadlines.
const server = await startDemo({ env: { SAMANVAY_INPUTS__DEADLINES__PRIORITY_MINUTES: "1" } });
let code = 1;
try {
  // Test files named on the command line run alone; other arguments go to node's runner.
  const args = process.argv.slice(2);
  const named = args.filter((a) => a.endsWith(".test.mjs")).map((a) => resolve(a));
  const files = named.length
    ? named
    : readdirSync(join(here, "e2e"))
        .filter((f) => f.endsWith(".test.mjs"))
        .sort()
        .map((f) => join(here, "e2e", f));
  const runner = spawn(
    process.execPath,
    [
      "--test",
      "--test-concurrency=1",
      "--test-reporter=spec",
      ...args.filter((a) => !a.endsWith(".test.mjs")),
      ...files,
    ],
    { stdio: "inherit", env: { ...process.env, SAMANVAY_URL: server.url } },
  );
  code = await new Promise((resolve) => runner.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0))));
} finally {
  await server.stop();
}
process.exit(code);
