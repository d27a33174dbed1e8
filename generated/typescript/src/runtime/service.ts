// Hand-written runtime: what every generated service class shares.

import type { ApiResponse, Core, RequestSpec, ResponseKind } from './core.js';

const RAW_RESPONSE = Symbol('rawResponse');

/**
 * The methods of a service that return a promise, returning the result together with the HTTP
 * response's status, headers, request id and ETag.
 */
export type WithRawResponse<S> = {
  readonly [
    K in Exclude<keyof S, 'withRawResponse'> as S[K] extends (...args: never[]) => Promise<unknown>
      ? K
      : never
  ]: S[K] extends (...args: infer A) => Promise<infer R>
    ? (...args: A) => Promise<ApiResponse<R>>
    : never;
};

/** Base of the generated service classes: one call into the core per operation. */
export abstract class ServiceBase {
  protected readonly core: Core;
  private readonly [RAW_RESPONSE]: boolean = false;

  constructor(core: Core) {
    this.core = core;
  }

  /**
   * The same methods, each returning an `ApiResponse` with the result (`data`) and the response's
   * `status`, `headers`, `requestId` and `etag`.
   */
  get withRawResponse(): WithRawResponse<this> {
    const view: unknown = Object.create(this, {
      [RAW_RESPONSE]: { value: true },
    });
    return view as WithRawResponse<this>;
  }

  /** Sends one operation's request and returns its JSON result. */
  protected send<T>(spec: RequestSpec): Promise<T> {
    return this.dispatch<T>(spec, 'json');
  }

  /** Sends one operation's request and returns the response body as text. */
  protected sendText(spec: RequestSpec): Promise<string> {
    return this.dispatch<string>(spec, 'text');
  }

  /** Sends one operation's request and returns the response body as bytes. */
  protected sendBinary(spec: RequestSpec): Promise<ArrayBuffer> {
    return this.dispatch<ArrayBuffer>(spec, 'binary');
  }

  /** Sends one operation's request whose response has no body. */
  protected sendEmpty(spec: RequestSpec): Promise<void> {
    return this.dispatch<void>(spec, 'empty');
  }

  private async dispatch<T>(spec: RequestSpec, kind: ResponseKind): Promise<T> {
    const response = await this.core.requestWithResponse<T>(spec, kind);
    return (this[RAW_RESPONSE] ? response : response.data) as T;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `value` with `fallback` filled in at `path` when the caller gave `value` but left that field
 * out (a service default inside an input, such as a quota's period).
 */
export function fillDefault<T>(value: T, path: readonly string[], fallback: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined || fallback === undefined || !isRecord(value)) {
    return value;
  }
  const current = value[head];
  if (rest.length === 0) {
    return current === undefined ? ({ ...value, [head]: fallback } as T) : value;
  }
  if (current === undefined) {
    return value;
  }
  const filled = fillDefault(current, rest, fallback);
  return filled === current ? value : ({ ...value, [head]: filled } as T);
}
