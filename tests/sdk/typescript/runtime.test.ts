// Unit tests of the TypeScript runtime and the generated surface, with an injected fetch.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { inspect } from 'node:util';

import * as sdk from '@orkait/sdk';
import {
  AUDIT_EXPORT_FORMATS,
  AuditService,
  AuthService,
  GatekeeperCore,
  GatekeeperError,
  KeysService,
  QUOTA_PERIODS,
  TENANT_ROLES,
  TenantScope,
  TenantsService,
  isMfaChallenge,
  type LoginResult,
  type QuotaPeriod,
} from '@orkait/sdk';

import { fakeFetch, type FakeResponse } from './fake_fetch.js';

const ok = (data: unknown, headers: Record<string, string> = {}): FakeResponse => ({
  status: 200,
  headers,
  json: { ok: true, data },
});
const fail = (status: number, code: string, message = 'failed'): FakeResponse => ({
  status,
  json: { ok: false, error: { code, message } },
});

function setup(responses: FakeResponse[], options: Partial<sdk.CoreOptions> = {}) {
  const fake = fakeFetch(responses);
  const core = new GatekeeperCore({
    baseUrl: 'http://sdk.test/',
    token: 'tok_secret',
    fetch: fake.fetch,
    sleep: async () => {},
    ...options,
  });
  return { core, sent: fake.sent };
}

describe('envelope', () => {
  test('unwraps data', async () => {
    const { core, sent } = setup([ok({ id: 'ten_1', name: 'Acme' })]);
    const tenant = await new TenantsService(core).get('ten_1');
    assert.deepEqual(tenant, { id: 'ten_1', name: 'Acme' });
    assert.equal(sent[0]?.path, '/api/tenants/ten_1');
    assert.equal(sent[0]?.headers['authorization'], 'Bearer tok_secret');
  });

  test('core.request returns the data, core.requestText the body', async () => {
    const { core } = setup([ok([1, 2]), { status: 200, text: 'a,b\n1,2\n' }]);
    assert.deepEqual(await core.request({ method: 'GET', path: '/api/x', security: [] }), [1, 2]);
    assert.equal(
      await core.requestText({ method: 'GET', path: '/api/y', security: [] }),
      'a,b\n1,2\n',
    );
  });
});

describe('errors', () => {
  const byStatus: Array<[number, string]> = [
    [400, 'ValidationError'],
    [401, 'AuthenticationError'],
    [403, 'ForbiddenError'],
    [404, 'NotFoundError'],
    [409, 'ConflictError'],
    [412, 'PreconditionFailedError'],
    [422, 'ValidationError'],
    [429, 'RateLimitError'],
    [500, 'InternalServerError'],
    [501, 'ServerError'],
    [502, 'BadGatewayError'],
    [503, 'ServiceUnavailableError'],
    [504, 'GatewayTimeoutError'],
    [418, 'UnexpectedStatusError'],
  ];
  for (const [status, name] of byStatus) {
    test(`${status} raises ${name}`, async () => {
      const { core } = setup([fail(status, 'some_new_code', 'nope')], { maxRetries: 0 });
      const err = await new TenantsService(core).get('ten_1').catch((e: unknown) => e);
      const cls = (sdk as unknown as Record<string, new () => Error>)[name];
      assert.ok(cls !== undefined && err instanceof cls, `${String(err)}`);
      assert.ok(err instanceof GatekeeperError);
      assert.equal(err.status, status);
      assert.equal(err.code, 'some_new_code');
      assert.equal(err.message, 'nope');
      assert.equal(err.name, name);
    });
  }

  test('a known error code selects its class', async () => {
    const { core } = setup([fail(401, 'invalid_key')]);
    const err = await new KeysService(core).validate().catch((e: unknown) => e);
    assert.ok(err instanceof sdk.InvalidKeyError);
    assert.ok(err instanceof sdk.AuthenticationError);
  });

  // A code's class only under the statuses whose class it extends; elsewhere the status's class.
  const codes: Array<[string, string, number[]]> = [
    ['invalid_key', 'InvalidKeyError', [401]],
    ['mfa_required', 'MfaRequiredError', [403]],
    ['not_found', 'NotFoundError', [404]],
    ['validation_failed', 'ValidationFailedError', [400, 422]],
    ['rate_limited', 'RateLimitedError', [429]],
    ['internal', 'InternalError', [500]],
    ['service_unavailable', 'ServiceUnavailableError', [503]],
  ];
  for (const [code, name, own] of codes) {
    test(`error code ${code} agrees with every status`, async () => {
      for (const [status, statusName] of byStatus) {
        const { core } = setup([fail(status, code, 'coded')], { maxRetries: 0 });
        const err = await new TenantsService(core).get('ten_1').catch((e: unknown) => e);
        const statusCls = (sdk as unknown as Record<string, new () => Error>)[statusName];
        assert.ok(statusCls !== undefined && err instanceof statusCls, `${code} on ${status}`);
        assert.ok(err instanceof GatekeeperError);
        assert.equal(err.code, code);
        assert.equal(err.status, status);
        assert.equal(err.name, own.includes(status) ? name : statusName, `${code} on ${status}`);
      }
    });
  }

  test('a 2xx envelope with ok: false throws', async () => {
    const { core } = setup([{ status: 200, json: { ok: false, error: { code: 'not_found', message: 'gone' } } }]);
    const err = await new TenantsService(core).get('ten_1').catch((e: unknown) => e);
    assert.ok(err instanceof sdk.NotFoundError, String(err));
    assert.equal(err.status, 200);
    assert.equal(err.message, 'gone');
  });

  test('Retry-After is read on a 429', async () => {
    const { core } = setup([{ ...fail(429, 'rate_limited'), headers: { 'retry-after': '7' } }], {
      maxRetries: 0,
    });
    const err = await new TenantsService(core).get('t').catch((e: unknown) => e);
    assert.ok(err instanceof sdk.RateLimitError);
    assert.equal(err.retryAfter, 7);
  });

  test('a non-JSON error body keeps the status class and the text', async () => {
    const { core } = setup([{ status: 502, text: '<h1>Bad gateway</h1>' }], { maxRetries: 0 });
    const err = await new TenantsService(core).get('t').catch((e: unknown) => e);
    assert.ok(err instanceof sdk.BadGatewayError);
    assert.equal(err.body, '<h1>Bad gateway</h1>');
    assert.match(err.message, /502/);
  });

  test('instanceof works in the CommonJS build too', () => {
    const require = createRequire(import.meta.url);
    const cjs = require('@orkait/sdk') as typeof sdk;
    const err = new cjs.InvalidKeyError({ message: 'x', status: 401 });
    assert.ok(err instanceof cjs.AuthenticationError);
    assert.ok(err instanceof cjs.GatekeeperError);
    assert.ok(err instanceof Error);
    assert.equal(err.name, 'InvalidKeyError');
    assert.ok(new cjs.APITimeoutError({ message: 't' }) instanceof cjs.APIConnectionError);
  });

  test('the token never shows in inspect output or errors', async () => {
    const { core } = setup([fail(401, 'token_expired', 'expired')], { maxRetries: 0 });
    assert.doesNotMatch(inspect(core, { depth: 5, showHidden: true }), /tok_secret/);
    assert.doesNotMatch(JSON.stringify(core), /tok_secret/);
    const err = await new TenantsService(core).get('t').catch((e: unknown) => e);
    assert.doesNotMatch(inspect(err, { depth: 5 }), /tok_secret/);
  });
});

describe('HTTP Basic authentication', () => {
  // The Gatekeeper API has no Basic scheme: a core over the same runtime with one (`basicAuth`).
  type Api = ConstructorParameters<typeof sdk.Core>[1];
  const api: Api = {
    sdkName: 'basic-sdk',
    version: '1.0.0',
    securitySchemes: {
      basicAuth: { kind: 'basic' },
      bearerAuth: { kind: 'bearer' },
      keyAuth: { kind: 'apiKey', in: 'header', name: 'X-Key' },
    },
    errors: {
      base: GatekeeperError,
      statuses: {},
      statusClasses: {},
      codes: {},
      unexpectedStatus: GatekeeperError,
      connection: sdk.APIConnectionError,
      timeout: sdk.APITimeoutError,
    },
  };
  const basicCore = (responses: FakeResponse[], options: Partial<sdk.CoreOptions> = {}) => {
    const fake = fakeFetch(responses);
    const core = new sdk.Core(
      { baseUrl: 'http://sdk.test', fetch: fake.fetch, maxRetries: 0, ...options },
      api,
    );
    return { core, sent: fake.sent };
  };
  const call = (core: sdk.Core, security: string[][]) =>
    core.request({ method: 'GET', path: '/x', security, enveloped: false });
  const answers = (n: number): FakeResponse[] =>
    Array.from({ length: n }, () => ({ status: 200, json: {} }));

  test('the header is Basic base64(UTF-8 username ":" password), only on Basic operations', async () => {
    const { core, sent } = basicCore(answers(7), {
      username: 'user',
      password: 'päss',
      token: 'tok',
    });
    await call(core, [['basicAuth']]);
    assert.equal(sent[0]?.headers['authorization'], 'Basic dXNlcjpww6Rzcw==');
    await call(core, [['bearerAuth']]);
    assert.equal(sent[1]?.headers['authorization'], 'Bearer tok');
    await call(core, []);
    assert.equal(sent[2]?.headers['authorization'], undefined);
    await call(core, [['keyAuth'], ['basicAuth']]); // no API key: the second alternative
    assert.equal(sent[3]?.headers['authorization'], 'Basic dXNlcjpww6Rzcw==');
    assert.equal(sent[3]?.headers['x-key'], undefined);
    core.setBasicAuth('ada', '');
    await call(core, [['basicAuth']]);
    assert.equal(sent[4]?.headers['authorization'], 'Basic YWRhOg==');
    core.clearBasicAuth();
    await call(core, [['basicAuth']]);
    assert.equal(sent[5]?.headers['authorization'], undefined);
  });

  test('the token is never sent as Basic credentials', async () => {
    const { core, sent } = basicCore(answers(1), { token: 'user:pass' });
    await call(core, [['basicAuth']]);
    assert.equal(sent[0]?.headers['authorization'], undefined);
  });

  test('a colon in the username, control characters or half a pair are refused', () => {
    const cases: [Partial<sdk.CoreOptions>, RegExp][] = [
      [{ username: 'sekrit:user', password: 'pw' }, /RFC 7617/],
      [{ username: 'user', password: 'sekrit\r\nX-Evil: 1' }, /control character/],
      [{ username: 'sekrit\u0000', password: 'pw' }, /control character/],
      [{ username: 'sekrit-user' }, /go together/],
      [{ password: 'sekrit-pass' }, /go together/],
    ];
    for (const [options, message] of cases) {
      assert.throws(
        () => basicCore([], options),
        (e: unknown) => e instanceof TypeError && message.test(e.message) && !/sekrit/.test(e.message),
      );
    }
    const { core, sent } = basicCore([]);
    assert.throws(() => core.setBasicAuth('a:b', 'pw'), /RFC 7617/);
    assert.equal(sent.length, 0);
  });

  test('the credentials never show in inspect output or errors', async () => {
    const { core } = basicCore([{ status: 401, json: { message: 'no' } }], {
      username: 'sekrit-user',
      password: 'sekrit-pass',
    });
    assert.doesNotMatch(inspect(core, { depth: 5, showHidden: true }), /sekrit/);
    assert.doesNotMatch(JSON.stringify(core), /sekrit/);
    const err = await call(core, [['basicAuth']]).catch((e: unknown) => e);
    assert.ok(err instanceof GatekeeperError);
    assert.doesNotMatch(inspect(err, { depth: 5 }), /sekrit|c2Vrcml0/);
  });

  test('GatekeeperCore takes username and password only where the API has a Basic scheme', () => {
    // Gatekeeper has no Basic scheme: the options are accepted (shared CoreOptions), never sent.
    const { core } = setup([], { username: 'user', password: 'pw' });
    assert.ok(core instanceof GatekeeperCore);
  });
});

describe('timeouts and cancellation', () => {
  test('a slow answer raises APITimeoutError', async () => {
    const { core } = setup([{ ...ok({}), delay_ms: 500 }], { maxRetries: 0, timeoutMs: 50 });
    const err = await new TenantsService(core).get('t').catch((e: unknown) => e);
    assert.ok(err instanceof sdk.APITimeoutError);
    assert.ok(err instanceof sdk.APIConnectionError);
  });

  test('the per-call timeout overrides the core', async () => {
    const { core } = setup([{ ...ok({ id: 't' }), delay_ms: 100 }], { timeoutMs: 10 });
    const tenant = await new TenantsService(core).get('t', { timeoutMs: 1000 });
    assert.deepEqual(tenant, { id: 't' });
  });

  test('an aborted signal rejects with its reason and is not retried', async () => {
    const { core, sent } = setup([{ ...ok({}), delay_ms: 1000 }]);
    const controller = new AbortController();
    const pending = new TenantsService(core).get('t', { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 20);
    await assert.rejects(pending, /stop/);
    assert.equal(sent.length, 1);
  });

  test('a signal aborted before the call sends nothing', async () => {
    const { core, sent } = setup([ok({})]);
    const err = await new TenantsService(core)
      .get('t', { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    assert.ok(err instanceof Error && err.name === 'AbortError');
    assert.equal(sent.length, 0);
  });
});

describe('generated surface', () => {
  test('call shapes: object, positional, positional with params', async () => {
    const { core, sent } = setup([ok({ accessToken: 'a' }), ok({ id: 'ten_1' }), ok({})]);
    await new AuthService(core).signup({ email: 'a@b.c', password: 'pw', name: 'A' });
    await new TenantsService(core).create('Acme Inc', { slug: 'acme' });
    await new TenantsService(core).update('ten_1', { name: 'B', ifMatch: '"v1"' });
    assert.deepEqual(JSON.parse(sent[0]?.body ?? ''), {
      email: 'a@b.c',
      password: 'pw',
      name: 'A',
    });
    assert.equal(sent[0]?.headers['authorization'], undefined, 'signup is public');
    assert.deepEqual(JSON.parse(sent[1]?.body ?? ''), { name: 'Acme Inc', slug: 'acme' });
    assert.equal(sent[2]?.method, 'PATCH');
    assert.equal(sent[2]?.headers['if-match'], '"v1"');
  });

  test('service defaults fill what a call leaves out', async () => {
    const { core, sent } = setup([ok({}), ok({})]);
    const keys = new KeysService(core, { defaultScopes: ['read'], defaultQuotaPeriod: 'day' });
    await keys.create({ tenantId: 'ten_1', quota: { limit: 5 } });
    await keys.create({
      tenantId: 'ten_1',
      scopes: ['write'],
      quota: { limit: 5, period: 'month' },
    });
    assert.deepEqual(JSON.parse(sent[0]?.body ?? ''), {
      tenantId: 'ten_1',
      scopes: ['read'],
      quota: { limit: 5, period: 'day' },
    });
    assert.deepEqual(JSON.parse(sent[1]?.body ?? ''), {
      tenantId: 'ten_1',
      scopes: ['write'],
      quota: { limit: 5, period: 'month' },
    });
  });

  test('constants are readonly tuples of their union type', () => {
    // QuotaPeriod is open (responses carry it): a constant's value is one of its known members.
    const known = QUOTA_PERIODS[0];
    const period: QuotaPeriod = known;
    assert.ok(QUOTA_PERIODS.includes(known));
    assert.equal(period, known);
    assert.equal(KeysService.QUOTA_PERIODS, QUOTA_PERIODS);
    assert.equal(AuditService.AUDIT_EXPORT_FORMATS, AUDIT_EXPORT_FORMATS);
    assert.equal(TenantsService.TENANT_ROLES, TENANT_ROLES);
  });

  test('scoped sub-clients bind the resource id', async () => {
    const { core, sent } = setup([
      ok({ items: [], nextCursor: null }),
      ok({ items: [], nextCursor: null }),
    ]);
    await new TenantScope(core, 'ten_123').members.list();
    await new TenantsService(core).scope('a/b').members.list({ limit: 5 });
    assert.equal(sent[0]?.path, '/api/tenants/ten_123/members');
    assert.equal(sent[1]?.path, '/api/tenants/a%2Fb/members');
    assert.equal(sent[1]?.url.searchParams.get('limit'), '5');
  });

  test('listAll iterates lazily over every page', async () => {
    const { core, sent } = setup([
      ok({ items: [{ id: 'a' }, { id: 'b' }], nextCursor: 'c2' }),
      ok({ items: [{ id: 'c' }], nextCursor: null }),
    ]);
    const ids: string[] = [];
    for await (const tenant of new TenantsService(core).listAll()) {
      ids.push(tenant.id);
      if (ids.length === 1) {
        assert.equal(sent.length, 1, 'the second page is fetched only when needed');
      }
    }
    assert.deepEqual(ids, ['a', 'b', 'c']);
    assert.equal(sent[1]?.url.searchParams.get('cursor'), 'c2');
  });

  test('withRawResponse gives the status, headers, request id and ETag', async () => {
    const { core } = setup([ok({ id: 't' }, { etag: '"v3"', 'x-request-id': 'req_9' })]);
    const raw = await new TenantsService(core).withRawResponse.get('t');
    assert.deepEqual(raw.data, { id: 't' });
    assert.equal(raw.status, 200);
    assert.equal(raw.etag, '"v3"');
    assert.equal(raw.requestId, 'req_9');
    assert.equal(raw.headers.get('etag'), '"v3"');
  });

  test('discriminated union guards', () => {
    const challenge = {
      kind: 'mfa_challenge',
      mfaRequired: true,
      challengeToken: 'c',
      methods: [],
      expiresAt: '2026-01-01T00:00:00Z',
    } as unknown as LoginResult;
    assert.equal(isMfaChallenge(challenge), true);
    assert.equal(sdk.isLoginSuccess(challenge), false);
  });

  test('fromEnv reads the environment', () => {
    process.env['GATEKEEPER_BASE_URL'] = 'http://env.test';
    process.env['GATEKEEPER_TOKEN'] = 'tok_env';
    try {
      const core = GatekeeperCore.fromEnv();
      assert.equal(core.baseUrl, 'http://env.test');
      assert.equal(core.token, 'tok_env');
      assert.equal(GatekeeperCore.fromEnv({ baseUrl: 'http://x.test' }).baseUrl, 'http://x.test');
    } finally {
      delete process.env['GATEKEEPER_BASE_URL'];
      delete process.env['GATEKEEPER_TOKEN'];
    }
  });

  test('the default User-Agent names the SDK, its version and the runtime', async () => {
    const { core, sent } = setup([ok({})], { userAgent: 'myapp/1.0' });
    await new TenantsService(core).get('t');
    assert.match(
      sent[0]?.headers['user-agent'] ?? '',
      /^myapp\/1\.0 gatekeeper-sdk\/\S+ node\/\S+$/,
    );
  });
});

describe('parameter styles', () => {
  /** A core whose fetch records the URL, headers and body of each request and answers `{}`. */
  function capture() {
    const calls: Array<{ url: string; headers: Headers; body: unknown }> = [];
    const core = new GatekeeperCore({
      baseUrl: 'http://sdk.test',
      maxRetries: 0,
      fetch: async (url, init) => {
        calls.push({ url, headers: new Headers(init.headers), body: init.body });
        return new Response('{"ok":true,"data":{}}', {
          headers: { 'content-type': 'application/json' },
        });
      },
    });
    const query = (i = 0): string => new URL(calls[i]?.url ?? '').search;
    return { core, calls, query };
  }
  const get = { method: 'GET', path: '/api/x', security: [] } as const;

  test('query: form explode repeats arrays and spreads objects; null and undefined are left out', async () => {
    const { core, query } = capture();
    await core.request({
      ...get,
      query: { a: [1, 2], o: { x: '1', y: 'b c' }, n: null, u: undefined, s: 'x&y=z' },
    });
    assert.equal(query(), '?a=1&a=2&x=1&y=b%20c&s=x%26y%3Dz');
  });

  test('query: form without explode, spaceDelimited, pipeDelimited', async () => {
    const { core, query } = capture();
    await core.request({
      ...get,
      query: { a: [1, 2], o: { x: 1, y: 2 }, sp: ['a', 'b'], pi: [1, 2, 3], c: ['x,y', 'z'] },
      styles: {
        query: {
          a: { style: 'form', explode: false },
          o: { style: 'form', explode: false },
          sp: { style: 'spaceDelimited', explode: false },
          pi: { style: 'pipeDelimited', explode: false },
          c: { style: 'form', explode: false },
        },
      },
    });
    assert.equal(query(), '?a=1,2&o=x,1,y,2&sp=a%20b&pi=1|2|3&c=x%2Cy,z');
  });

  test('query: deepObject gives filter[a]=1, nested objects nest, arrays repeat', async () => {
    const { core, query } = capture();
    await core.request({
      ...get,
      query: { filter: { a: 1, b: 'x y', deep: { c: true }, list: [1, 2], skip: undefined } },
      styles: { query: { filter: { style: 'deepObject', explode: true } } },
    });
    assert.equal(
      query(),
      '?filter[a]=1&filter[b]=x%20y&filter[deep][c]=true&filter[list]=1&filter[list]=2',
    );
  });

  test('query: an empty array sends nothing; exploded pipeDelimited repeats the name', async () => {
    const { core, query } = capture();
    await core.request({
      ...get,
      query: { e: [], p: ['a', 'b'] },
      styles: {
        query: {
          e: { style: 'form', explode: false },
          p: { style: 'pipeDelimited', explode: true },
        },
      },
    });
    assert.equal(query(), '?p=a&p=b');
  });

  test('path: simple, label and matrix, with and without explode', async () => {
    const { core, calls } = capture();
    const path = async (value: unknown, style: 'simple' | 'label' | 'matrix', explode: boolean) => {
      await core.request({
        ...get,
        path: '/api/r/{id}',
        pathParams: { id: value },
        styles: { path: { id: { style, explode } } },
      });
      return new URL(calls[calls.length - 1]?.url ?? '').pathname;
    };
    assert.equal(await path([3, 4], 'simple', false), '/api/r/3,4');
    assert.equal(await path({ r: 1, g: 2 }, 'simple', false), '/api/r/r,1,g,2');
    assert.equal(await path({ r: 1, g: 2 }, 'simple', true), '/api/r/r=1,g=2');
    assert.equal(await path(5, 'label', false), '/api/r/.5');
    assert.equal(await path([3, 4], 'label', false), '/api/r/.3,4');
    assert.equal(await path([3, 4], 'label', true), '/api/r/.3.4');
    assert.equal(await path(5, 'matrix', false), '/api/r/;id=5');
    assert.equal(await path([3, 4], 'matrix', false), '/api/r/;id=3,4');
    assert.equal(await path([3, 4], 'matrix', true), '/api/r/;id=3;id=4');
    assert.equal(await path({ r: 1, g: 2 }, 'matrix', true), '/api/r/;r=1;g=2');
    assert.equal(await path(['a/b', '..'], 'simple', false), '/api/r/a%2Fb,%2E%2E');
  });

  test('headers: arrays and objects in the simple style', async () => {
    const { core, calls } = capture();
    await core.request({
      ...get,
      headers: {
        'X-List': ['a', 'b'],
        'X-Obj': { k: 'v', n: 1 },
        'X-Exp': { k: 'v', n: 1 },
        'X-None': null,
      },
      styles: { header: { 'X-Exp': { style: 'simple', explode: true } } },
    });
    const headers = calls[0]?.headers;
    assert.equal(headers?.get('x-list'), 'a,b');
    assert.equal(headers?.get('x-obj'), 'k,v,n,1');
    assert.equal(headers?.get('x-exp'), 'k=v,n=1');
    assert.equal(headers?.has('x-none'), false);
  });

  test('cookies: form style, values percent-encoded', async () => {
    const { core, calls } = capture();
    await core.request({
      ...get,
      cookies: { session: 'a b;c', ids: [1, 2], list: [3, 4], gone: undefined },
      styles: { cookie: { list: { style: 'form', explode: false } } },
    });
    assert.equal(calls[0]?.headers.get('cookie'), 'session=a%20b%3Bc; ids=1; ids=2; list=3,4');
  });

  test('a parameter called like an Object.prototype member uses its own style only', async () => {
    const { core, query } = capture();
    await core.request({
      ...get,
      query: { constructor: [1, 2], toString: 'x' },
      styles: { query: { other: { style: 'form', explode: false } } },
    });
    assert.equal(query(), '?constructor=1&constructor=2&toString=x');
  });

  test('bodies: form fields, multipart with a Blob, raw bytes', async () => {
    const { core, calls } = capture();
    await core.request({
      method: 'POST',
      path: '/api/form',
      security: [],
      body: { grant_type: 'password', scope: ['a', 'b'], skip: undefined },
      bodyEncoding: 'form',
    });
    assert.equal(String(calls[0]?.body), 'grant_type=password&scope=a&scope=b');
    assert.equal(calls[0]?.headers.get('content-type'), 'application/x-www-form-urlencoded');

    const file = new Blob(['hello'], { type: 'text/plain' });
    await core.request({
      method: 'POST',
      path: '/api/upload',
      security: [],
      body: { file, note: 'n', meta: { a: 1 }, tag: ['a', 'b'], files: [file, file] },
      bodyEncoding: 'multipart',
    });
    const form = calls[1]?.body;
    assert.ok(form instanceof FormData);
    const sentFile = form.get('file');
    assert.ok(sentFile instanceof Blob);
    assert.equal(await sentFile.text(), 'hello');
    assert.equal(form.get('note'), 'n');
    // A list repeats the part, as in the Python and Rust SDKs (RFC 7578 section 4.3).
    assert.deepEqual(form.getAll('tag'), ['a', 'b']);
    assert.equal(form.getAll('files').length, 2);
    assert.equal(form.get('meta'), '{"a":1}');
    assert.equal(calls[1]?.headers.get('content-type'), null, 'fetch sets the multipart boundary');

    const bytes = new Uint8Array([0, 1, 255]);
    await core.request({
      method: 'PUT',
      path: '/api/raw',
      security: [],
      body: bytes,
      bodyEncoding: 'binary',
      contentType: 'application/octet-stream',
    });
    assert.equal(calls[2]?.body, bytes);
    assert.equal(calls[2]?.headers.get('content-type'), 'application/octet-stream');
  });

  test('binary and text responses', async () => {
    const core = new GatekeeperCore({
      baseUrl: 'http://sdk.test',
      fetch: async () => new Response(new Uint8Array([1, 2, 3])),
    });
    const bytes = await core.requestBinary({ ...get, accept: 'application/octet-stream' });
    assert.deepEqual([...new Uint8Array(bytes)], [1, 2, 3]);
    assert.equal(await core.requestText(get), '\u0001\u0002\u0003');
  });
});

describe('scoped sub-clients and service defaults', () => {
  test('service.scope(id) carries the service defaults', async () => {
    const { core, sent } = setup([ok({}), ok({})]);
    const tenants = new TenantsService(core, { defaultRole: 'admin' });
    await tenants.scope('ten_1').members.add({ email: 'a@b.c' });
    await new TenantScope(core, 'ten_1').members.add({ email: 'a@b.c' });
    assert.deepEqual(JSON.parse(sent[0]?.body ?? ''), { email: 'a@b.c', role: 'admin' });
    assert.deepEqual(JSON.parse(sent[1]?.body ?? ''), { email: 'a@b.c' });
  });
});
