// Starts `samanvay demo` for tests and benchmarks: a free loopback port, a fresh temporary
// data directory, and the URL read from the line "Samanvay demo is running at http://…".

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const web = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DEMO_PASSWORD = "synthetic-demo-data";

/** `env`: extra environment for the server, e.g. configuration as `SAMANVAY_*` variables. */
export async function startDemo({ timeoutMs = 120_000, env = {} } = {}) {
  // Cargo's target directory, wherever CARGO_TARGET_DIR puts it (relative to the workspace).
  const target = resolve(join(web, ".."), process.env.CARGO_TARGET_DIR ?? "target");
  const binary = process.env.SAMANVAY_BIN ?? join(target, "debug", "samanvay");
  if (!existsSync(binary)) {
    throw new Error(
      `No Samanvay binary at ${binary}. Build it first (cargo build -p samanvay-cli, or ` +
        "cargo test --workspace --all-targets) or set SAMANVAY_BIN.",
    );
  }
  const dataDir = mkdtempSync(join(tmpdir(), "samanvay-e2e-"));
  const child = spawn(
    binary,
    ["demo", "--listen", "127.0.0.1:0", "--data-dir", join(dataDir, "data")],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? "warn", ...env } },
  );
  let output = "";
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`samanvay demo did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const read = (chunk) => {
      output += chunk.toString();
      const found = output.match(/Samanvay demo is running at (http:\/\/\S+)/);
      if (found) {
        clearTimeout(timer);
        resolveUrl(found[1]);
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", (chunk) => {
      output += chunk.toString();
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`samanvay demo exited with ${code}:\n${output}`));
    });
  });
  child.stdout.resume();
  child.stderr.resume();
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
