// Hand-written runtime: the base of every error the SDK throws, and how a failed response picks its
// class. The classes themselves (and the status / code → class table) are generated in ../errors.ts.

/** Everything known about a failed call; every SDK error is built from one. */
export interface ErrorInit {
  message: string;
  status?: number | undefined;
  code?: string | undefined;
  retryAfter?: number | undefined;
  body?: unknown;
  headers?: Headers | undefined;
  requestId?: string | undefined;
  details?: unknown;
  currentEtag?: string | undefined;
  cause?: unknown;
}

/**
 * Base class of the SDK's root error. `instanceof` works for every subclass, also when compiled to
 * older targets, because the prototype is set from `new.target`.
 */
export class ApiErrorBase extends Error {
  /** HTTP status of the response; `undefined` when no response arrived. */
  readonly status: number | undefined;
  /** The API's error code, when the response carried one. */
  readonly code: string | undefined;
  /** Seconds to wait before trying again (from `retry-after-ms` or `Retry-After`), when given. */
  readonly retryAfter: number | undefined;
  /** The parsed JSON error body, or its raw text when it is not JSON. */
  readonly body: unknown;
  /** Response headers. */
  readonly headers: Headers | undefined;
  /** The `x-request-id` of the response, to quote when reporting a problem. */
  readonly requestId: string | undefined;
  /** Extra details of the API's error, when given. */
  readonly details: unknown;
  /** The resource's current `ETag` (on a failed precondition, 412). */
  readonly currentEtag: string | undefined;

  constructor(init: ErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = new.target.name;
    this.status = init.status;
    this.code = init.code;
    this.retryAfter = init.retryAfter;
    this.body = init.body;
    this.headers = init.headers;
    this.requestId = init.requestId;
    this.details = init.details;
    this.currentEtag = init.currentEtag;
  }
}

/** A constructor of an SDK error class. */
export type ErrorClass = new (init: ErrorInit) => ApiErrorBase;

/** Which class a failure raises: rendered once from the API description in ../errors.ts. */
export interface ErrorTable {
  /** The root class. */
  readonly base: ErrorClass;
  /** Exact HTTP statuses. */
  readonly statuses: Readonly<Record<number, ErrorClass>>;
  /** Status classes (`5` for every 5xx), used when no exact status matches. */
  readonly statusClasses: Readonly<Record<number, ErrorClass>>;
  /** The API's error codes; a code's class applies only under the statuses of its status class. */
  readonly codes: Readonly<Record<string, ErrorClass>>;
  /** Any status nothing else claims. */
  readonly unexpectedStatus: ErrorClass;
  /** No response: connection refused, DNS, TLS, reset. */
  readonly connection: ErrorClass;
  /** No response in time. */
  readonly timeout: ErrorClass;
}

function own<T>(record: Readonly<Record<string | number, T>>, key: string | number): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * The class of an error response. A code's class is used only under the statuses its nearest status
 * class stands for (the status it is documented with): `internal` on a 503 is a
 * `ServiceUnavailableError`, not the `InternalError` of 500. A 2xx with `ok: false` has no status
 * class to agree with: its code decides.
 */
export function errorClassFor(
  table: ErrorTable,
  status: number,
  code: string | undefined,
): ErrorClass {
  const byStatus =
    own(table.statuses, status) ??
    own(table.statusClasses, Math.floor(status / 100)) ??
    table.unexpectedStatus;
  const byCode = code === undefined ? undefined : own(table.codes, code);
  if (byCode === undefined) {
    return byStatus;
  }
  const success = status >= 200 && status < 300;
  return success || statusClassOf(table, byCode) === byStatus ? byCode : byStatus;
}

/** `cls` or its nearest parent a status maps to (`InternalServerError` for `InternalError`). */
function statusClassOf(table: ErrorTable, cls: ErrorClass): unknown {
  const statuses = new Set<unknown>([
    ...Object.values(table.statuses),
    ...Object.values(table.statusClasses),
    table.unexpectedStatus,
  ]);
  // A class's prototype is its parent class (the chain ends at Function.prototype, then null).
  for (let c: unknown = cls; c !== null; c = Object.getPrototypeOf(c)) {
    if (statuses.has(c)) {
      return c;
    }
  }
  return undefined;
}
