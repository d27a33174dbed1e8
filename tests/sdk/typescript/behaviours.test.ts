// Executor of the shared behaviour matrix (tests/sdk/behaviours.json) against the TypeScript
// runtime's low-level `core.requestWithResponse()`, with an injected fetch and a recording sleep.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import * as sdk from '@orkait/sdk';
import type { HttpMethod, RequestSpec, ResponseKind } from '@orkait/sdk';

import { fakeFetch, type FakeResponse } from './fake_fetch.js';

interface Case {
  name: string;
  about: string;
  core: {
    token: string | null;
    api_key: string | null;
    max_retries: number;
    refresh_to: string | null;
  };
  call: {
    method: HttpMethod;
    path: string;
    path_params: Record<string, string>;
    query: Record<string, unknown>;
    json: unknown;
    security: string[][];
    idempotency_header: string | null;
    response_kind: ResponseKind;
    enveloped?: boolean;
    options: {
      max_retries: number | null;
      idempotency_key: string | null;
      timeout_ms: number | null;
      headers: Record<string, string>;
    };
    parallel?: number;
  };
  responses: FakeResponse[];
  expect: {
    requests?: number;
    data?: unknown;
    text?: string;
    error?: Record<string, unknown>;
    sent?: Array<{
      path?: string;
      headers?: Record<string, string>;
      absent_headers?: string[];
      header_prefixes?: Record<string, string>;
      query?: Record<string, string | string[]>;
      absent_query?: string[];
      json?: unknown;
    }>;
    same_idempotency_key?: boolean;
    refresh_calls?: number;
    token_after?: string;
    rejected_before_send?: boolean;
    sleeps?: Array<[number, number]>;
  };
}

const file = process.env['BEHAVIOURS_JSON'] ?? new URL('../../behaviours.json', import.meta.url);
const cases = (JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[] }).cases;

const nullToUndefined = (v: unknown): unknown => (v === null ? undefined : v);

for (const c of cases) {
  test(`${c.name}: ${c.about}`, async () => {
    const fake = fakeFetch(c.responses);
    const sleeps: number[] = [];
    let refreshCalls = 0;
    const refreshTo = c.core.refresh_to;
    const core = new sdk.GatekeeperCore({
      baseUrl: 'http://sdk.test',
      token: c.core.token ?? undefined,
      apiKey: c.core.api_key ?? undefined,
      maxRetries: c.core.max_retries,
      fetch: fake.fetch,
      sleep: async (ms) => {
        sleeps.push(ms / 1000);
      },
      onTokenExpired:
        refreshTo === null
          ? undefined
          : async () => {
              refreshCalls += 1;
              await new Promise((resolve) => setTimeout(resolve, 10));
              return refreshTo;
            },
    });
    const o = c.call.options;
    const spec: RequestSpec = {
      method: c.call.method,
      path: c.call.path,
      pathParams: c.call.path_params,
      query: c.call.query,
      body: c.call.json === null ? undefined : c.call.json,
      security: c.call.security,
      idempotencyHeader: c.call.idempotency_header ?? undefined,
      enveloped: c.call.enveloped,
      options: {
        maxRetries: o.max_retries ?? undefined,
        idempotencyKey: o.idempotency_key ?? undefined,
        timeoutMs: o.timeout_ms ?? undefined,
        headers: o.headers,
      },
    };
    const calls = Array.from({ length: c.call.parallel ?? 1 }, () =>
      core.requestWithResponse(spec, c.call.response_kind),
    );
    const results = await Promise.allSettled(calls);
    const e = c.expect;

    if (e.requests !== undefined) {
      assert.equal(fake.sent.length, e.requests, 'number of requests');
    }
    for (const result of results) {
      if (e.error !== undefined || e.rejected_before_send) {
        assert.equal(result.status, 'rejected', 'the call should fail');
      } else if (result.status === 'rejected') {
        throw result.reason;
      }
      if (result.status === 'fulfilled') {
        if ('data' in e) {
          assert.deepEqual(result.value.data, e.data);
        }
        if (e.text !== undefined) {
          assert.equal(result.value.data, e.text);
        }
      } else if (e.error !== undefined) {
        const err: unknown = result.reason;
        const want = e.error;
        if (typeof want['class'] === 'string') {
          const cls = (sdk as unknown as Record<string, unknown>)[want['class']];
          assert.equal(typeof cls, 'function', `no class ${want['class']}`);
          assert.ok(
            err instanceof (cls as new () => Error),
            `expected ${want['class']}, got ${String(err)}`,
          );
        }
        if (typeof want['exact_class'] === 'string') {
          const cls = (sdk as unknown as Record<string, { prototype: unknown }>)[want['exact_class']];
          assert.ok(cls !== undefined, `no class ${want['exact_class']}`);
          assert.equal(
            Object.getPrototypeOf(err),
            cls.prototype,
            `expected exactly ${want['exact_class']}, got ${String(err)}`,
          );
        }
        assert.ok(err instanceof sdk.GatekeeperError);
        const fields: Array<[string, unknown]> = [
          ['status', err.status],
          ['code', err.code],
          ['message', err.message],
          ['retry_after', err.retryAfter],
          ['request_id', err.requestId],
          ['current_etag', err.currentEtag],
          ['body', err.body],
          ['details', err.details],
        ];
        for (const [key, actual] of fields) {
          if (key in want) {
            assert.deepEqual(actual, nullToUndefined(want[key]), `error.${key}`);
          }
        }
      }
    }
    if (e.rejected_before_send) {
      assert.equal(fake.sent.length, 0, 'nothing should be sent');
    }
    (e.sent ?? []).forEach((want, i) => {
      const got = fake.sent[i];
      assert.ok(got !== undefined, `request ${i + 1} was not sent`);
      if (want.path !== undefined) {
        assert.equal(got.path, want.path);
      }
      for (const [name, value] of Object.entries(want.headers ?? {})) {
        assert.equal(got.headers[name], value, `header ${name}`);
      }
      for (const name of want.absent_headers ?? []) {
        assert.equal(got.headers[name], undefined, `header ${name} should be absent`);
      }
      for (const [name, prefix] of Object.entries(want.header_prefixes ?? {})) {
        assert.ok(got.headers[name]?.startsWith(prefix), `header ${name}: ${got.headers[name]}`);
      }
      for (const [name, value] of Object.entries(want.query ?? {})) {
        const values = got.url.searchParams.getAll(name);
        assert.deepEqual(Array.isArray(value) ? values : values[0], value, `query ${name}`);
      }
      for (const name of want.absent_query ?? []) {
        assert.equal(got.url.searchParams.has(name), false, `query ${name} should be absent`);
      }
      if ('json' in want) {
        assert.deepEqual(JSON.parse(got.body ?? 'null'), want.json);
      }
    });
    if (e.same_idempotency_key) {
      const keys = fake.sent.map((r) => r.headers['idempotency-key']);
      assert.ok(keys[0] !== undefined && keys[0] !== '', 'an idempotency key is sent');
      assert.ok(
        keys.every((k) => k === keys[0]),
        `same key on every request: ${keys.join(', ')}`,
      );
    }
    if (e.refresh_calls !== undefined) {
      assert.equal(refreshCalls, e.refresh_calls, 'refresh calls');
    }
    if (e.token_after !== undefined) {
      assert.equal(core.token, e.token_after);
    }
    if (e.sleeps !== undefined) {
      assert.equal(sleeps.length, e.sleeps.length, `sleeps: ${sleeps.join(', ')}`);
      e.sleeps.forEach(([min, max], i) => {
        const s = sleeps[i] ?? NaN;
        assert.ok(
          s >= min - 1e-6 && s <= max + 1e-6,
          `sleep ${i + 1}: ${s} not in [${min}, ${max}]`,
        );
      });
    }
  });
}
