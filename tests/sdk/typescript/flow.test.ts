// Runs the seed 001 flow (seed_001_flow.ts, compiled) against the mock server in PRISM_URL.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const baseUrl = process.env['PRISM_URL'];

test('seed 001: the full flow runs unchanged', { skip: baseUrl === undefined }, async () => {
  const script = fileURLToPath(new URL('./seed_001_flow.js', import.meta.url));
  const { stdout, stderr } = await run(process.execPath, [script], { env: { ...process.env } });
  assert.equal(stderr, '', 'no GatekeeperError was printed');
  assert.match(stdout, /store this now, it is not retrievable later: \S+/);
  assert.match(stdout, /recorded usage event \S+/);
});
