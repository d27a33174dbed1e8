// The hostile fixture (tests/fixtures/hostile.yaml) tries to turn every string of a spec into code.
// This test generates its SDK into a temporary directory, compiles it, imports it and calls its
// operation, and proves that no spec text ran: `globalThis.SDKGEN_PWNED` stays unset, nothing
// calls `process.exit`, no generated file has such code in it, and the spec's data (server URL,
// enum values, examples) survives byte for byte.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import ts from 'typescript';

/** The repository: SDKGEN_ROOT, else the first parent directory with the generator's Cargo.toml. */
function repoRoot(): string {
  const fromEnv = process.env['SDKGEN_ROOT'];
  if (fromEnv !== undefined) {
    return fromEnv;
  }
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'Cargo.toml')) || !existsSync(join(dir, 'tests', 'fixtures'))) {
    const parent = dirname(dir);
    assert.notEqual(parent, dir, 'cannot find the sdkgen repository (set SDKGEN_ROOT)');
    dir = parent;
  }
  return dir;
}

const root = repoRoot();
const spec = join(root, 'tests', 'fixtures', 'hostile.yaml');
/** The generator: SDKGEN_BIN (the suites' build, scripts/lib/common.sh), else the release build. */
const sdkgen = process.env['SDKGEN_BIN'] ?? join(root, 'target', 'release', 'sdkgen');
/** node_modules with typescript and @types/node (the built SDK package's). */
const nodeModules =
  process.env['SDK_NODE_MODULES'] ?? join(root, 'build', 'typescript', 'pkg', 'node_modules');

function run(cmd: string, args: string[], cwd: string): string {
  const res = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(res.status, 0, `${cmd} ${args.join(' ')} failed:\n${res.stdout}\n${res.stderr}`);
  return res.stdout;
}

interface IrValue {
  value: unknown;
}
interface IrInput {
  name: string;
  wire_name: string;
  source: { kind: string; location?: string };
  required: boolean;
  example: unknown;
  pattern?: string;
}
interface Ir {
  servers: Array<{ url: string }>;
  services: Array<{
    operations: Array<{ path: string; inputs: IrInput[]; response: { example: unknown } }>;
  }>;
  types: Record<string, { kind: { kind: string; values?: IrValue[] } }>;
}

let workDir = '';
let pkg = '';
let ir: Ir;

before(() => {
  if (!existsSync(sdkgen)) {
    run('cargo', ['build', '--release', '--locked', '--quiet'], root);
  }
  workDir = mkdtempSync(join(tmpdir(), 'sdkgen-hostile-'));
  run(
    sdkgen,
    ['generate', '--quiet', '--spec', spec, '--lang', 'typescript', '--out', workDir],
    root,
  );
  ir = JSON.parse(run(sdkgen, ['ir', '--quiet', '--spec', spec], root)) as Ir;
  pkg = join(workDir, 'typescript');
  symlinkSync(nodeModules, join(pkg, 'node_modules'));
  // The library and the generated tests, compiled strictly (tsconfig.test.json extends the
  // package's strict tsconfig.json).
  run(
    process.execPath,
    [join(nodeModules, 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.test.json'],
    pkg,
  );
});

after(() => {
  if (workDir !== '') {
    rmSync(workDir, { recursive: true, force: true });
  }
});

const pwned = (): unknown => (globalThis as Record<string, unknown>)['SDKGEN_PWNED'];

function operation() {
  const op = ir.services[0]?.operations[0];
  assert.ok(op !== undefined, 'the hostile spec has one operation');
  return op;
}

function inputExample(location: string): IrInput {
  const input = operation().inputs.find(
    (i) => i.source.location === location && i.example !== null,
  );
  assert.ok(input !== undefined, `an input in the ${location} with an example`);
  return input;
}

test('importing the SDK and calling its operation runs no spec text', async () => {
  const exits: unknown[] = [];
  const realExit = process.exit;
  process.exit = ((code?: number) => {
    exits.push(code);
    throw new Error('process.exit was called');
  }) as typeof process.exit;
  try {
    type Module = Record<string, unknown> & { Core: Function; ServiceBase: Function };
    const sdk = (await import(
      pathToFileURL(join(pkg, 'dist', 'test', 'src', 'index.js')).href
    )) as Module;
    const classes = Object.values(sdk).filter(
      (v): v is new (...args: unknown[]) => object => typeof v === 'function',
    );
    const CoreClass = classes.find((c) => c.prototype instanceof sdk.Core);
    const Service = classes.find((c) => c.prototype instanceof sdk.ServiceBase);
    assert.ok(CoreClass !== undefined && Service !== undefined);

    const example = operation().response.example;
    const urls: string[] = [];
    const core = new CoreClass({
      maxRetries: 0,
      fetch: async (url: string) => {
        urls.push(url);
        return new Response(JSON.stringify(example), {
          headers: { 'content-type': 'application/json' },
        });
      },
    });
    const service = new Service(core) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(service)).filter(
      (name) => name !== 'constructor',
    );
    assert.equal(methods.length, 1, `one operation method: ${methods.join(', ')}`);
    const method = methods[0] ?? '';
    const id = inputExample('path').example;
    const result = await service[method]?.(id);

    assert.deepEqual(result, example, 'the response example comes back as data');
    const server = ir.servers[0]?.url ?? '';
    assert.equal(urls[0], `${server.replace(/\/+$/, '')}/things/${encodeURIComponent(String(id))}`);
    assert.equal(pwned(), undefined);
  } finally {
    process.exit = realExit;
  }
  assert.deepEqual(exits, []);
  assert.equal(process.exitCode, undefined);
});

test('the generated operation test sends the examples byte for byte and passes', async () => {
  const seen: IncomingMessage[] = [];
  const example = JSON.stringify(operation().response.example);
  const server = createServer((req, res) => {
    seen.push(req);
    res.setHeader('content-type', 'application/json');
    res.end(example);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    // A test run of its own: without the parent runner's NODE_TEST_CONTEXT.
    const env: NodeJS.ProcessEnv = { ...process.env, PRISM_URL: `http://127.0.0.1:${port}` };
    delete env['NODE_TEST_CONTEXT'];
    const child = spawn(
      process.execPath,
      ['--test', '--test-reporter=tap', join(pkg, 'dist', 'test', 'test', 'operations.test.js')],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0, output);
    assert.match(output, /# pass 1\b/);
    assert.match(output, /# fail 0\b/);
  } finally {
    server.close();
  }
  assert.equal(seen.length, 1);
  const url = new URL(seen[0]?.url ?? '', 'http://x');
  const query = inputExample('query');
  assert.equal(url.searchParams.get(query.wire_name), query.example);
  // The id's example misses the id's pattern: the test sends a string generated from the pattern
  // (quotes, a backslash, a backtick, `*/`, `-->`), percent-encoded as one path segment.
  const path = inputExample('path');
  const sent = decodeURIComponent(url.pathname.slice('/things/'.length));
  assert.notEqual(sent, path.example);
  assert.match(sent, new RegExp(String(path.pattern)));
  assert.equal(url.pathname, `/things/${encodeURIComponent(sent)}`);
});

/** Every TypeScript file of the generated package, parsed. */
function sources(): ts.SourceFile[] {
  const files: ts.SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'dist') {
        walk(path);
      } else if (entry.isFile() && entry.name.endsWith('.ts')) {
        files.push(
          ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true),
        );
      }
    }
  };
  walk(pkg);
  return files;
}

test('no generated file holds spec text as code', () => {
  const forbidden = new Set(['SDKGEN_PWNED', 'exit', '__import__', 'environ', 'DROP']);
  const found: string[] = [];
  const files = sources();
  assert.ok(files.length > 5);
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && forbidden.has(node.text)) {
        found.push(`${file.fileName}: ${node.getText(file)}`);
      }
      node.forEachChild(visit);
    };
    visit(file);
  }
  assert.deepEqual(found, []);
});

test('enum values survive byte for byte as literal types', () => {
  for (const [name, def] of Object.entries(ir.types)) {
    if (def.kind.kind !== 'enum') {
      continue;
    }
    const types = sources().find((f) => f.fileName.endsWith(join('src', 'types.ts')));
    assert.ok(types !== undefined);
    const alias = types.statements.find(
      (s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === name,
    );
    assert.ok(alias !== undefined, `type ${name}`);
    const members = ts.isUnionTypeNode(alias.type) ? alias.type.types : [alias.type];
    // An enum that responses carry ends with `(string & {})`: open to values added later.
    const literals = members.filter((t) => !ts.isParenthesizedTypeNode(t));
    const values = literals.map((t) => {
      assert.ok(ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal), t.getText(types));
      return t.literal.text;
    });
    assert.deepEqual(
      values,
      (def.kind.values ?? []).map((v) => v.value),
    );
  }
});
