// Starts the real sample-host executable for a test: a fresh data directory, a free loopback
// port, demo data with the embedded Kisi sandbox, the QA API and a known admin password.
// Reads what the host prints (URL, sandbox URL and API key) and stops it afterwards.

import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';

const READY_TIMEOUT_MS = 30000;

export function requiredEnv(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; run this test through ctest (it passes the build's paths).`);
  return value;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// What the host printed that a person (or a test) needs: the sandbox's API key and URL.
export function parseBanner(output) {
  const apiKey = output.match(/api key[^:\n]*:\s*(\S+)/i)?.[1];
  const sandboxUrl = output.match(/sandbox[^\n]*?(https?:\/\/[^\s"']+)/i)?.[1]?.replace(/\/$/, '');
  return { apiKey, sandboxUrl };
}

// waitForSandbox: also wait until the host printed the embedded Kisi sandbox's API key.
export async function startHost({ demo = true, waitForSandbox = demo, extraArgs = [] } = {}) {
  const executable = requiredEnv('SAMPLE_HOST');
  const pluginsDir = requiredEnv('HOST_PLUGINS_DIR');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sample-host-test-'));
  const port = await freePort();
  const qaToken = crypto.randomBytes(18).toString('base64url');
  const adminPassword = crypto.randomBytes(12).toString('base64url');
  const args = ['--listen', `127.0.0.1:${port}`, '--data-dir', dataDir, '--plugins-dir', pluginsDir,
    '--qa-token', qaToken, '--admin-password', adminPassword, ...(demo ? ['--demo'] : []), ...extraArgs];
  const child = spawn(executable, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  let exited = null;
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => { exited = { code, signal }; resolve(exited); }));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exited) throw new Error(`sample-host exited (${JSON.stringify(exited)}) before serving:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`sample-host did not answer on ${url} within ${READY_TIMEOUT_MS} ms:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/login`);
      if (response.ok && (!waitForSandbox || parseBanner(output).apiKey)) break;
    } catch {
      // not listening yet
    }
    await delay(100);
  }

  const host = {
    url,
    qaToken,
    adminPassword,
    dataDir,
    ...parseBanner(output),
    output: () => output,
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
        await exit;
        clearTimeout(timer);
      }
      await rm(dataDir, { recursive: true, force: true });
      return exited;
    },
  };
  return host;
}
