// Kisi conformance run: the client's integration suite against a kisi-sandbox, through a
// Stoplight Prism proxy that validates every request and response against Kisi's OpenAPI
// description. Fails on any violation that is not a documented deviation, naming the operation.
// Both servers are started here, by process id, and always stopped.
//
//   node run_conformance.mjs install <prism-dir> <package-dir>
//   node run_conformance.mjs run --prism-dir D --sandbox EXE --suite EXE --spec YML
//                                --known JSON --work DIR
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const STARTUP_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 5_000;

function fail(message) {
  console.error(`conformance: ${message}`);
  process.exitCode = 1;
}

// Prism from the pinned package-lock, installed once into the build tree.
function install(prismDir, packageDir) {
  const prism = path.join(prismDir, "node_modules", ".bin", "prism");
  if (fs.existsSync(prism)) {
    console.log(`Prism already installed in ${prismDir}`);
    return;
  }
  fs.mkdirSync(prismDir, { recursive: true });
  for (const file of ["package.json", "package-lock.json"]) {
    fs.copyFileSync(path.join(packageDir, file), path.join(prismDir, file));
  }
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], {
    cwd: prismDir,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    fail(`npm ci failed in ${prismDir} (status ${result.status})`);
  }
}

function parseOptions(args) {
  const options = {};
  for (let i = 0; i < args.length; i += 2) {
    if (!args[i].startsWith("--") || args[i + 1] === undefined) {
      throw new Error(`unexpected argument ${args[i]}`);
    }
    options[args[i].slice(2)] = args[i + 1];
  }
  for (const required of ["prism-dir", "sandbox", "suite", "spec", "known", "work"]) {
    if (!options[required]) throw new Error(`--${required} is required`);
  }
  return options;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Starts `command`, copies its output to `logFile`, and resolves with the first match of
// `ready` in its output (or rejects when it exits or takes too long).
function startServer(name, command, args, logFile, ready) {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
  const log = fs.createWriteStream(logFile);
  let output = "";
  const started = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start within ${STARTUP_TIMEOUT_MS / 1000} s (see ${logFile})`)),
      STARTUP_TIMEOUT_MS,
    );
    const onData = (chunk) => {
      log.write(chunk);
      output += chunk.toString();
      const match = output.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited early (${signal ?? code}); see ${logFile}`));
    });
  });
  return { name, child, started, log };
}

async function stopServer(server) {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  process.kill(server.child.pid, "SIGTERM");
  const timer = setTimeout(() => {
    if (server.child.exitCode === null) process.kill(server.child.pid, "SIGKILL");
  }, STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
  server.log.end();
}

function runSuite(suite, env) {
  return new Promise((resolve) => {
    const child = spawn(suite, ["--gtest_filter=Integration*"], {
      stdio: "inherit",
      env: { ...process.env, ...env },
    });
    child.once("exit", (code, signal) => resolve(signal ? 128 : code));
  });
}

function readReport(file) {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line));
}

function summarize(violations, prismLog) {
  const logged = (fs.readFileSync(prismLog, "utf8").match(/Violation: /g) ?? []).length;
  const unknown = violations.filter((v) => !v.known_deviation);
  const known = violations.filter((v) => v.known_deviation);
  const group = (list) => {
    const counts = new Map();
    for (const v of list) {
      const key = `${v.operation}: ${v.location} (${v.code}) ${v.message}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].map(([key, count]) => `  ${count} x ${key}`).join("\n");
  };
  if (known.length > 0) {
    console.log(`Documented deviations seen (KNOWN-DEVIATIONS.md):\n${group(known)}`);
  }
  if (unknown.length > 0) {
    fail(`violations of Kisi's OpenAPI description:\n${group(unknown)}`);
  }
  const reported = violations.filter((v) => v.location !== "prism").length;
  if (logged > reported) {
    fail(`Prism logged ${logged} violations but the suite saw ${reported}; see ${prismLog}`);
  }
  console.log(`Prism checked the run: ${reported} violations reported, ${unknown.length} undocumented.`);
}

async function run(options) {
  fs.mkdirSync(options.work, { recursive: true });
  const report = path.join(options.work, "violations.jsonl");
  fs.rmSync(report, { force: true });
  const apiKey = `conformance-${randomBytes(12).toString("hex")}`;
  const prismBin = path.join(options["prism-dir"], "node_modules", ".bin", "prism");
  if (!fs.existsSync(prismBin)) throw new Error(`Prism is not installed in ${options["prism-dir"]}`);

  let sandbox;
  let prism;
  const stopAll = async () => {
    await stopServer(prism);
    await stopServer(sandbox);
  };
  const onSignal = async () => {
    await stopAll();
    process.exit(1);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    sandbox = startServer(
      "kisi-sandbox",
      options.sandbox,
      ["--listen", "127.0.0.1:0", "--api-key", apiKey, "--seed", "demo", "--rate-limit", "0"],
      path.join(options.work, "sandbox.log"),
      /listening on (http:\/\/127\.0\.0\.1:\d+)/,
    );
    const [, sandboxUrl] = await sandbox.started;

    const prismPort = await freePort();
    const prismLog = path.join(options.work, "prism.log");
    prism = startServer(
      "prism",
      prismBin,
      ["proxy", options.spec, sandboxUrl, "-h", "127.0.0.1", "-p", String(prismPort)],
      prismLog,
      /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/,
    );
    const [, prismUrl] = await prism.started;
    console.log(`kisi-sandbox at ${sandboxUrl}, Prism at ${prismUrl}`);

    const status = await runSuite(options.suite, {
      KISI_BASE_URL: prismUrl,
      KISI_API_KEY: apiKey,
      KISI_CLIENT_RATE: "0",
      KISI_PRISM_REPORT: report,
      KISI_PRISM_KNOWN_DEVIATIONS: options.known,
    });
    if (status !== 0) fail(`the client integration suite failed through Prism (status ${status})`);
    await stopAll();
    summarize(readReport(report), prismLog);
  } finally {
    await stopAll();
  }
}

const [mode, ...rest] = process.argv.slice(2);
try {
  if (mode === "install" && rest.length === 2) {
    install(rest[0], rest[1]);
  } else if (mode === "run") {
    await run(parseOptions(rest));
  } else {
    throw new Error("usage: run_conformance.mjs install <prism-dir> <package-dir> | run --...");
  }
} catch (error) {
  fail(error.message);
}
