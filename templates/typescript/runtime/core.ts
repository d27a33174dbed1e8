// Hand-written runtime: the HTTP core every service sends its requests through. It knows nothing
// about a particular API: the generated client passes an `ApiDescription` (error classes, envelope,
// security schemes) to the constructor.

import { errorClassFor, type ErrorClass, type ErrorTable } from './errors.js';
import { toPage, type PageFields } from './pagination.js';

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';

/** The subset of `fetch` the core uses; pass your own to `fetch` in the options. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Called on a 401 to get a new access token; the failed request is then replayed once. */
export type TokenRefresher = () => string | Promise<string>;

/** Waits `ms` milliseconds between retries; rejects when `signal` aborts. */
export type Sleeper = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Options of the core. */
export interface CoreOptions {
  /** Base URL of the API, without a trailing path (`https://api.example.com`). */
  baseUrl?: string | undefined;
  /** Access token sent as `Authorization: Bearer <token>` to operations secured by a bearer scheme. */
  token?: string | undefined;
  /** API key sent to operations secured by an API-key scheme. */
  apiKey?: string | undefined;
  /**
   * User name of HTTP Basic authentication, sent with `password` as
   * `Authorization: Basic base64(username ":" password)` to operations secured by a Basic scheme.
   * It must not contain `:`.
   */
  username?: string | undefined;
  /** Password of HTTP Basic authentication; given with `username` or not at all. */
  password?: string | undefined;
  /** Timeout of each HTTP attempt in milliseconds (default 60 000). */
  timeoutMs?: number | undefined;
  /** How many times a failed request may be retried (default 2; 0 disables retries). */
  maxRetries?: number | undefined;
  /** Headers sent with every request. */
  defaultHeaders?: Readonly<Record<string, string>> | undefined;
  /** Prefix of the `User-Agent` header (`myapp/1.0`); the SDK's own name and version follow it. */
  userAgent?: string | undefined;
  /** The `fetch` to use (default: the global `fetch`). */
  fetch?: FetchLike | undefined;
  /** Called on a 401 with the token expired: returns the new access token. */
  onTokenExpired?: TokenRefresher | undefined;
  /** How to wait between retries (default: a timer). Meant for tests. */
  sleep?: Sleeper | undefined;
}

/** Options of one call, the last argument of every operation. */
export interface RequestOptions {
  /** Timeout of each HTTP attempt of this call in milliseconds. */
  timeoutMs?: number | undefined;
  /** Extra headers for this call. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Idempotency key of this call (sent as `Idempotency-Key`); makes a write retryable. */
  idempotencyKey?: string | undefined;
  /** How many times this call may be retried. */
  maxRetries?: number | undefined;
  /** Cancels the call. */
  signal?: AbortSignal | undefined;
}

/** How a security scheme sends its credentials. */
export type SecurityScheme =
  | { readonly kind: 'bearer' }
  | { readonly kind: 'basic' }
  | {
      readonly kind: 'apiKey';
      readonly in: 'header' | 'query' | 'cookie';
      readonly name: string;
    };

/** Wire names of the `{ ok, data, error: { code, message, details } }` response envelope. */
export interface EnvelopeFields {
  readonly ok: string;
  readonly data: string;
  readonly error: string;
  readonly code: string;
  readonly message: string;
  readonly details?: string | undefined;
}

/** What the core needs to know about the API; generated. */
export interface ApiDescription {
  /** Name and version for the `User-Agent` header. */
  readonly sdkName: string;
  readonly version: string;
  readonly defaultBaseUrl?: string | undefined;
  readonly envelope?: EnvelopeFields | undefined;
  readonly securitySchemes: Readonly<Record<string, SecurityScheme>>;
  readonly errors: ErrorTable;
}

/** How the response body is read. */
export type ResponseKind = 'json' | 'text' | 'binary' | 'empty';

/**
 * How a parameter's value is written (OpenAPI `style` and `explode`). Defaults: `simple` without
 * explode in the path and in headers, `form` with explode in the query and in cookies.
 */
export interface ParamStyle {
  readonly style:
    'simple' | 'label' | 'matrix' | 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode: boolean;
}

/** The parameters whose style is not their location's default, by location and wire name. */
export interface ParamStyles {
  readonly path?: Readonly<Record<string, ParamStyle>> | undefined;
  readonly query?: Readonly<Record<string, ParamStyle>> | undefined;
  readonly header?: Readonly<Record<string, ParamStyle>> | undefined;
  readonly cookie?: Readonly<Record<string, ParamStyle>> | undefined;
}

/** One HTTP request, as the generated operations describe it. */
export interface RequestSpec {
  readonly method: HttpMethod;
  /** Path template, `{name}` placeholders filled from `pathParams` (percent-encoded). */
  readonly path: string;
  readonly pathParams?: Readonly<Record<string, unknown>> | undefined;
  /**
   * Query parameters: `undefined` and `null` are left out; arrays repeat the name and objects
   * give one parameter per property, unless `styles.query` says otherwise.
   */
  readonly query?: Readonly<Record<string, unknown>> | undefined;
  /** Cookie parameters: `undefined` and `null` are left out. */
  readonly cookies?: Readonly<Record<string, unknown>> | undefined;
  /** Header parameters: `undefined` and `null` are left out; arrays are comma-separated. */
  readonly headers?: Readonly<Record<string, unknown>> | undefined;
  /** Styles of the parameters that do not use their location's default. */
  readonly styles?: ParamStyles | undefined;
  /** Request body; `undefined` sends none. */
  readonly body?: unknown;
  /** How the body is encoded (default `json`). */
  readonly bodyEncoding?: 'json' | 'form' | 'multipart' | 'binary' | 'text' | undefined;
  /** Content type of a binary or text body, or of a JSON variant (`application/vnd.api+json`). */
  readonly contentType?: string | undefined;
  /** `Accept` header (default from the response kind). */
  readonly accept?: string | undefined;
  /** Alternatives of security requirements (OR of ANDs of scheme keys); `[]` is public. */
  readonly security?: ReadonlyArray<ReadonlyArray<string>> | undefined;
  /** The header the operation takes an idempotency key in. */
  readonly idempotencyHeader?: string | undefined;
  /** Whether the success body is the API's envelope (default: when the API has one). */
  readonly enveloped?: boolean | undefined;
  /** The result is a page with these fields. */
  readonly page?: PageFields | undefined;
  readonly options?: RequestOptions | undefined;
}

/** A result with the HTTP details of the response it came from. */
export interface ApiResponse<T> {
  readonly data: T;
  readonly status: number;
  readonly headers: Headers;
  /** The response's `x-request-id`. */
  readonly requestId: string | undefined;
  /** The response's `ETag`. */
  readonly etag: string | undefined;
}

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 502, 503, 504]);
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;
const INITIAL_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 8_000;
/** A server's Retry-After longer than this is not waited for: the error is thrown at once. */
const MAX_RETRY_AFTER_MS = 60_000;

/** The mutable and secret part of a core, kept out of the instance so no `console.log` shows it. */
interface CoreState {
  readonly api: ApiDescription;
  readonly fetch: FetchLike | undefined;
  readonly defaultHeaders: Readonly<Record<string, string>>;
  readonly userAgent: string | undefined;
  readonly onTokenExpired: TokenRefresher | undefined;
  readonly sleep: Sleeper;
  token: string | undefined;
  apiKey: string | undefined;
  /** The `Authorization` value of the username and password, when set. */
  basic: string | undefined;
  refreshing: Promise<void> | undefined;
}

const states = new WeakMap<Core, CoreState>();

/** The HTTP core: configuration, credentials, retries, errors. Services send requests through it. */
export class Core {
  /** Base URL every path is appended to. */
  readonly baseUrl: string;
  /** Default timeout of each attempt, in milliseconds. */
  readonly timeoutMs: number;
  /** Default number of retries. */
  readonly maxRetries: number;

  constructor(options: CoreOptions, api: ApiDescription) {
    const baseUrl = options.baseUrl ?? api.defaultBaseUrl;
    if (baseUrl === undefined || baseUrl === '') {
      throw new TypeError('baseUrl is required');
    }
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxRetries = Math.max(0, Math.floor(options.maxRetries ?? DEFAULT_MAX_RETRIES));
    states.set(this, {
      api,
      fetch: options.fetch,
      defaultHeaders: { ...options.defaultHeaders },
      userAgent: userAgent(api, options.userAgent),
      onTokenExpired: options.onTokenExpired,
      sleep: options.sleep ?? sleep,
      token: options.token,
      apiKey: options.apiKey,
      basic: basicAuthorization(options.username, options.password),
      refreshing: undefined,
    });
  }

  private get state(): CoreState {
    const state = states.get(this);
    if (state === undefined) {
      throw new TypeError('not a constructed Core');
    }
    return state;
  }

  /** The current access token (after a refresh, the new one). */
  get token(): string | undefined {
    return this.state.token;
  }

  /** Sets (or, with `undefined`, removes) the access token used from the next request on. */
  setToken(token: string | undefined): void {
    this.state.token = token;
  }

  /** Sets (or removes) the API key used from the next request on. */
  setApiKey(apiKey: string | undefined): void {
    this.state.apiKey = apiKey;
  }

  /** Sets the HTTP Basic username and password used from the next request on. */
  setBasicAuth(username: string, password: string): void {
    this.state.basic = basicAuthorization(username, password);
  }

  /** Removes the HTTP Basic username and password. */
  clearBasicAuth(): void {
    this.state.basic = undefined;
  }

  /** Sends a request and returns its JSON result (the envelope's data when the API has one). */
  async request<T = unknown>(spec: RequestSpec): Promise<T> {
    return (await this.send<T>(spec, 'json')).data;
  }

  /** Sends a request and returns the response body as text. */
  async requestText(spec: RequestSpec): Promise<string> {
    return (await this.send<string>(spec, 'text')).data;
  }

  /** Sends a request and returns the response body as bytes. */
  async requestBinary(spec: RequestSpec): Promise<ArrayBuffer> {
    return (await this.send<ArrayBuffer>(spec, 'binary')).data;
  }

  /** Sends a request whose response has no body. */
  async requestEmpty(spec: RequestSpec): Promise<void> {
    await this.send<void>(spec, 'empty');
  }

  /** Like the other `request*` methods, with the response's status, headers and request id. */
  requestWithResponse<T = unknown>(
    spec: RequestSpec,
    kind: ResponseKind = 'json',
  ): Promise<ApiResponse<T>> {
    return this.send<T>(spec, kind);
  }

  private async send<T>(spec: RequestSpec, kind: ResponseKind): Promise<ApiResponse<T>> {
    const options = spec.options ?? {};
    const maxRetries = Math.max(0, Math.floor(options.maxRetries ?? this.maxRetries));
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const signal = options.signal;
    const idempotencyKey =
      options.idempotencyKey ??
      (spec.idempotencyHeader !== undefined && maxRetries > 0 ? randomKey() : undefined);
    const retryable = SAFE_METHODS.has(spec.method) || idempotencyKey !== undefined;
    const body = encodeBody(spec);
    let refreshed = false;
    for (let attempt = 0; ;) {
      const prepared = this.prepare(spec, kind, body.contentType, idempotencyKey);
      let result: Received;
      try {
        result = await this.fetchOnce(prepared.url, {
          method: spec.method,
          headers: prepared.headers,
          body: body.body,
          timeoutMs,
          signal,
          read: kind,
        });
      } catch (error) {
        if (!(error instanceof TransportFailure)) {
          throw error;
        }
        if (retryable && attempt < maxRetries) {
          await this.state.sleep(backoffMs(attempt), signal);
          attempt += 1;
          continue;
        }
        throw this.transportError(error, timeoutMs);
      }
      const { response } = result;
      if (response.ok) {
        return this.success<T>(spec, kind, result);
      }
      if (
        response.status === 401 &&
        prepared.bearer !== undefined &&
        this.state.onTokenExpired !== undefined &&
        !refreshed
      ) {
        refreshed = true;
        await this.refresh(this.state.onTokenExpired, prepared.bearer);
        continue;
      }
      const retryAfter = retryAfterMs(response.headers);
      if (retryable && attempt < maxRetries && shouldRetry(response)) {
        const wait = retryAfter ?? backoffMs(attempt);
        if (wait <= MAX_RETRY_AFTER_MS) {
          await this.state.sleep(wait, signal);
          attempt += 1;
          continue;
        }
      }
      throw this.httpError(response, result.text ?? '', retryAfter);
    }
  }

  private prepare(
    spec: RequestSpec,
    kind: ResponseKind,
    contentType: string | undefined,
    idempotencyKey: string | undefined,
  ): { url: string; headers: Headers; bearer: string | undefined } {
    const styles = spec.styles ?? {};
    const query: string[] = [];
    for (const [name, value] of Object.entries(spec.query ?? {})) {
      query.push(...queryPairs(name, value, styleOf(styles.query, name, QUERY_STYLE)));
    }
    const headers = new Headers();
    const set = (name: string, value: string): void => {
      if (/[\r\n\0]/.test(value)) {
        throw new TypeError(`the value of header ${name} contains a line break`);
      }
      headers.set(name, value);
    };
    set('accept', spec.accept ?? defaultAccept(kind));
    if (contentType !== undefined) {
      set('content-type', contentType);
    }
    if (this.state.userAgent !== undefined) {
      set('user-agent', this.state.userAgent);
    }
    for (const [name, value] of Object.entries(this.state.defaultHeaders)) {
      set(name, value);
    }
    let bearer: string | undefined;
    const cookies: string[] = [];
    for (const alternative of spec.security ?? this.allSchemes()) {
      const schemes = alternative.map((key) => this.state.api.securitySchemes[key]);
      if (
        !schemes.every((scheme) => scheme !== undefined && this.credential(scheme) !== undefined)
      ) {
        continue;
      }
      for (const scheme of schemes) {
        const credential = scheme === undefined ? undefined : this.credential(scheme);
        if (scheme === undefined || credential === undefined) {
          continue;
        }
        if (scheme.kind === 'bearer') {
          bearer = credential;
          set('authorization', `Bearer ${credential}`);
        } else if (scheme.kind === 'basic') {
          set('authorization', credential);
        } else if (scheme.in === 'header') {
          set(scheme.name, credential);
        } else if (scheme.in === 'query') {
          query.push(`${encodeURIComponent(scheme.name)}=${encodeURIComponent(credential)}`);
        } else {
          cookies.push(`${scheme.name}=${encodeURIComponent(credential)}`);
        }
      }
      break;
    }
    for (const [name, value] of Object.entries(spec.cookies ?? {})) {
      cookies.push(...cookiePairs(name, value, styleOf(styles.cookie, name, COOKIE_STYLE)));
    }
    if (cookies.length > 0) {
      set('cookie', cookies.join('; '));
    }
    if (idempotencyKey !== undefined) {
      set(spec.idempotencyHeader ?? 'Idempotency-Key', idempotencyKey);
    }
    for (const [name, value] of Object.entries(spec.headers ?? {})) {
      const text = headerValue(value, styleOf(styles.header, name, SIMPLE_STYLE));
      if (text !== undefined) {
        set(name, text);
      }
    }
    for (const [name, value] of Object.entries(spec.options?.headers ?? {})) {
      set(name, value);
    }
    const path = fillPath(spec.path, spec.pathParams ?? {}, styles.path);
    const url = `${this.baseUrl}${path}${query.length === 0 ? '' : `?${query.join('&')}`}`;
    return { url, headers, bearer };
  }

  private allSchemes(): string[][] {
    return Object.keys(this.state.api.securitySchemes).map((key) => [key]);
  }

  private credential(scheme: SecurityScheme): string | undefined {
    if (scheme.kind === 'bearer') {
      return this.state.token;
    }
    return scheme.kind === 'basic' ? this.state.basic : this.state.apiKey;
  }

  private async fetchOnce(
    url: string,
    request: {
      method: string;
      headers: Headers;
      body: BodyInit | undefined;
      timeoutMs: number;
      signal: AbortSignal | undefined;
      read: ResponseKind;
    },
  ): Promise<Received> {
    const { signal } = request;
    if (signal?.aborted) {
      throw abortReason(signal);
    }
    const fetchImpl = this.state.fetch ?? globalFetch();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, request.timeoutMs);
    const onAbort = (): void => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const init: RequestInit = {
        method: request.method,
        headers: request.headers,
        signal: controller.signal,
      };
      if (request.body !== undefined) {
        init.body = request.body;
      }
      const response = await fetchImpl(url, init);
      if (response.ok && request.read === 'binary') {
        return { response, bytes: await response.arrayBuffer() };
      }
      return { response, text: await response.text() };
    } catch (error) {
      if (signal?.aborted) {
        throw abortReason(signal);
      }
      throw new TransportFailure(timedOut, error);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private async refresh(refresher: TokenRefresher, sentToken: string): Promise<void> {
    if (this.state.token !== sentToken) {
      return; // another call refreshed it meanwhile
    }
    if (this.state.refreshing === undefined) {
      this.state.refreshing = (async () => {
        try {
          this.state.token = await refresher();
        } finally {
          this.state.refreshing = undefined;
        }
      })();
    }
    await this.state.refreshing;
  }

  private success<T>(spec: RequestSpec, kind: ResponseKind, result: Received): ApiResponse<T> {
    const { response } = result;
    let data: unknown;
    if (kind === 'binary') {
      data = result.bytes;
    } else if (kind === 'text') {
      data = result.text ?? '';
    } else if (kind === 'json') {
      data = this.parseSuccess(spec, response, result.text ?? '');
      if (spec.page !== undefined) {
        data = toPage(data, spec.page);
      }
    }
    return {
      data: data as T,
      status: response.status,
      headers: response.headers,
      requestId: response.headers.get('x-request-id') ?? undefined,
      etag: response.headers.get('etag') ?? undefined,
    };
  }

  private parseSuccess(spec: RequestSpec, response: Response, text: string): unknown {
    if (text.trim() === '') {
      return undefined;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new this.state.api.errors.base({
        message: `The response body of ${spec.method} ${spec.path} is not valid JSON`,
        status: response.status,
        body: text,
        headers: response.headers,
        requestId: response.headers.get('x-request-id') ?? undefined,
        cause: error,
      });
    }
    const envelope = this.state.api.envelope;
    if (
      (spec.enveloped ?? true) &&
      envelope !== undefined &&
      isRecord(body) &&
      envelope.ok in body
    ) {
      if (body[envelope.ok] === false) {
        // The API reported a failure inside a 2xx: an error like any other (its code's class).
        throw this.httpError(response, text, retryAfterMs(response.headers));
      }
      return body[envelope.data];
    }
    return body;
  }

  private httpError(response: Response, text: string, retryAfter: number | undefined): Error {
    const body = parseJson(text);
    const envelope = this.state.api.envelope;
    let code: string | undefined;
    let message: string | undefined;
    let details: unknown;
    const failure = envelope !== undefined && isRecord(body) ? body[envelope.error] : undefined;
    if (envelope !== undefined && isRecord(failure)) {
      const rawCode = failure[envelope.code];
      const rawMessage = failure[envelope.message];
      code = typeof rawCode === 'string' ? rawCode : undefined;
      message = typeof rawMessage === 'string' ? rawMessage : undefined;
      details = envelope.details === undefined ? undefined : failure[envelope.details];
    } else if (isRecord(body)) {
      const candidate = body['message'] ?? body['error'] ?? body['detail'];
      message = typeof candidate === 'string' ? candidate : undefined;
    }
    const status = response.status;
    const errorClass: ErrorClass = errorClassFor(this.state.api.errors, status, code);
    return new errorClass({
      message: message ?? describeStatus(response, text),
      status,
      code,
      retryAfter: retryAfter === undefined ? undefined : retryAfter / 1000,
      body,
      headers: response.headers,
      requestId: response.headers.get('x-request-id') ?? undefined,
      details,
      currentEtag: status === 412 ? (response.headers.get('etag') ?? undefined) : undefined,
    });
  }

  private transportError(failure: TransportFailure, timeoutMs: number): Error {
    const { errors } = this.state.api;
    if (failure.timedOut) {
      return new errors.timeout({
        message: `Request timed out after ${timeoutMs} ms`,
        cause: failure.cause,
      });
    }
    const reason = failure.cause instanceof Error ? `: ${failure.cause.message}` : '';
    return new errors.connection({
      message: `Connection error${reason}`,
      cause: failure.cause,
    });
  }
}

interface Received {
  response: Response;
  text?: string;
  bytes?: ArrayBuffer;
}

/** No response: the connection failed or the attempt timed out. */
class TransportFailure {
  constructor(
    readonly timedOut: boolean,
    readonly cause: unknown,
  ) {}
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  if (text.trim() === '') {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function describeStatus(response: Response, text: string): string {
  const head = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const line = text.trim().split('\n', 1)[0]?.slice(0, 200) ?? '';
  return line === '' ? head : `${head}: ${line}`;
}

function defaultAccept(kind: ResponseKind): string {
  switch (kind) {
    case 'text':
      return 'text/plain, application/json;q=0.9, */*;q=0.8';
    case 'binary':
      return 'application/octet-stream, */*;q=0.8';
    default:
      return 'application/json';
  }
}

function encodeBody(spec: RequestSpec): {
  body: BodyInit | undefined;
  contentType: string | undefined;
} {
  const { body } = spec;
  if (body === undefined) {
    return { body: undefined, contentType: undefined };
  }
  switch (spec.bodyEncoding ?? 'json') {
    case 'form': {
      const form = new URLSearchParams();
      for (const [name, value] of Object.entries(isRecord(body) ? body : {})) {
        appendFormField(form, name, value);
      }
      return { body: form, contentType: 'application/x-www-form-urlencoded' };
    }
    case 'multipart': {
      const form = new FormData();
      for (const [name, value] of Object.entries(isRecord(body) ? body : {})) {
        appendFormData(form, name, value);
      }
      return { body: form, contentType: undefined };
    }
    case 'binary':
    case 'text':
      return { body: body as BodyInit, contentType: spec.contentType };
    default:
      return { body: JSON.stringify(body), contentType: spec.contentType ?? 'application/json' };
  }
}

function appendFormData(form: FormData, name: string, value: unknown): void {
  if (value === undefined || value === null) {
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      appendFormData(form, name, item);
    }
  } else if (typeof Blob !== 'undefined' && value instanceof Blob) {
    form.append(name, value);
  } else if (typeof value === 'object') {
    form.append(name, JSON.stringify(value));
  } else {
    form.append(name, String(value));
  }
}

/** Form body fields: arrays repeat the name, objects become `name[key]`, `null`/`undefined` are left out. */
function appendFormField(params: URLSearchParams, name: string, value: unknown): void {
  if (value === undefined || value === null) {
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      appendFormField(params, name, item);
    }
  } else if (isStructured(value)) {
    for (const [key, item] of Object.entries(value)) {
      appendFormField(params, `${name}[${key}]`, item);
    }
  } else {
    params.append(name, scalarText(value));
  }
}

const SIMPLE_STYLE: ParamStyle = { style: 'simple', explode: false };
const QUERY_STYLE: ParamStyle = { style: 'form', explode: true };
const COOKIE_STYLE: ParamStyle = { style: 'form', explode: true };

function styleOf(
  styles: Readonly<Record<string, ParamStyle>> | undefined,
  name: string,
  fallback: ParamStyle,
): ParamStyle {
  return styles !== undefined && Object.prototype.hasOwnProperty.call(styles, name)
    ? (styles[name] ?? fallback)
    : fallback;
}

/** An object whose properties are serialised one by one (not a date, a file or an array). */
function isStructured(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    !(value instanceof Date) &&
    !(typeof Blob !== 'undefined' && value instanceof Blob)
  );
}

/** A value as parameter text: dates in ISO 8601, nested objects and arrays as JSON. */
function scalarText(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (typeof value === 'object' && value !== null) {
    return JSON.stringify(value);
  }
  return String(value);
}

type Items = { kind: 'scalar'; text: string } | { kind: 'array'; items: string[] } | Pairs;
type Pairs = { kind: 'object'; pairs: Array<[string, string]> };

/** The parts of a parameter value; `undefined` when it is left out. */
function partsOf(value: unknown): Items | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (Array.isArray(value)) {
    const present = value.filter((item) => item !== undefined && item !== null);
    return { kind: 'array', items: present.map(scalarText) };
  }
  if (isStructured(value)) {
    const pairs: Array<[string, string]> = [];
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined && item !== null) {
        pairs.push([key, scalarText(item)]);
      }
    }
    return { kind: 'object', pairs };
  }
  return { kind: 'scalar', text: scalarText(value) };
}

const encode = encodeURIComponent;

/** The delimiter between the values of a non-exploded array or object in the query. */
function delimiter(style: ParamStyle): string {
  switch (style.style) {
    case 'spaceDelimited':
      return '%20';
    case 'pipeDelimited':
      return '|';
    default:
      return ',';
  }
}

/** Percent-encoded `name=value` pairs of one query parameter (`a=1&a=2`, `a=1,2`, `a[k]=1`). */
function queryPairs(name: string, value: unknown, style: ParamStyle): string[] {
  if (style.style === 'deepObject' && isStructured(value)) {
    return deepObjectPairs(encode(name), value);
  }
  const parts = partsOf(value);
  const key = encode(name);
  if (parts === undefined) {
    return [];
  }
  switch (parts.kind) {
    case 'scalar':
      return [`${key}=${encode(parts.text)}`];
    case 'array':
      if (style.explode) {
        return parts.items.map((item) => `${key}=${encode(item)}`);
      }
      return parts.items.length === 0
        ? []
        : [`${key}=${parts.items.map(encode).join(delimiter(style))}`];
    case 'object':
      if (style.explode) {
        return parts.pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`);
      }
      return parts.pairs.length === 0
        ? []
        : [`${key}=${parts.pairs.flat().map(encode).join(delimiter(style))}`];
  }
}

/** `filter[a]=1&filter[b][c]=2`: nested objects add brackets, arrays repeat the name. */
function deepObjectPairs(prefix: string, value: unknown): string[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown) => deepObjectPairs(prefix, item));
  }
  if (isStructured(value)) {
    return Object.entries(value).flatMap(([key, item]) =>
      deepObjectPairs(`${prefix}[${encode(key)}]`, item),
    );
  }
  return [`${prefix}=${encode(scalarText(value))}`];
}

/** A header parameter's value (`simple` style): `1,2`, `k,v,k2,v2` or, exploded, `k=v,k2=v2`. */
function headerValue(value: unknown, style: ParamStyle): string | undefined {
  const parts = partsOf(value);
  if (parts === undefined) {
    return undefined;
  }
  switch (parts.kind) {
    case 'scalar':
      return parts.text;
    case 'array':
      return parts.items.join(',');
    case 'object':
      return style.explode
        ? parts.pairs.map(([k, v]) => `${k}=${v}`).join(',')
        : parts.pairs.flat().join(',');
  }
}

/** `name=value` pairs of one cookie parameter (`form` style), values percent-encoded. */
function cookiePairs(name: string, value: unknown, style: ParamStyle): string[] {
  const parts = partsOf(value);
  if (parts === undefined) {
    return [];
  }
  switch (parts.kind) {
    case 'scalar':
      return [`${name}=${encode(parts.text)}`];
    case 'array':
      return style.explode
        ? parts.items.map((item) => `${name}=${encode(item)}`)
        : [`${name}=${parts.items.map(encode).join(',')}`];
    case 'object':
      return style.explode
        ? parts.pairs.map(([k, v]) => `${k}=${encode(v)}`)
        : [`${name}=${parts.pairs.flat().map(encode).join(',')}`];
  }
}

/** One path segment's text: `.` and `..` are encoded too, so a value never walks the path. */
function encodeSegment(text: string): string {
  return text === '.' || text === '..' ? text.replace(/\./g, '%2E') : encode(text);
}

/** A path parameter's value: `simple` (`1,2`), `label` (`.1.2`) or `matrix` (`;id=1;id=2`). */
function pathValue(name: string, value: unknown, style: ParamStyle): string {
  const parts = partsOf(value);
  if (parts === undefined) {
    return '';
  }
  const lead = style.style === 'label' ? '.' : style.style === 'matrix' ? ';' : '';
  const named = (text: string): string =>
    style.style === 'matrix' ? `${encode(name)}=${text}` : text;
  switch (parts.kind) {
    case 'scalar':
      return `${lead}${named(encodeSegment(parts.text))}`;
    case 'array': {
      const items = parts.items.map(encodeSegment);
      if (style.explode && lead !== '') {
        return items.map((item) => `${lead}${named(item)}`).join('');
      }
      return `${lead}${named(items.join(','))}`;
    }
    case 'object': {
      const pairs = parts.pairs.map(([k, v]) => [encode(k), encodeSegment(v)] as const);
      if (style.explode) {
        const kv = pairs.map(([k, v]) => `${k}=${v}`);
        return lead === '' ? kv.join(',') : kv.map((p) => `${lead}${p}`).join('');
      }
      return `${lead}${named(pairs.flat().join(','))}`;
    }
  }
}

/** Fills `{name}` placeholders; every value stays one path segment (`a/../b` → `a%2F..%2Fb`). */
function fillPath(
  template: string,
  params: Readonly<Record<string, unknown>>,
  styles: Readonly<Record<string, ParamStyle>> | undefined,
): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) {
      throw new TypeError(`missing path parameter ${name}`);
    }
    const text = pathValue(name, params[name], styleOf(styles, name, SIMPLE_STYLE));
    if (text === '') {
      throw new TypeError(`path parameter ${name} is empty`);
    }
    return text;
  });
}

function shouldRetry(response: Response): boolean {
  const header = response.headers.get('x-should-retry');
  if (header === 'true') {
    return true;
  }
  if (header === 'false') {
    return false;
  }
  return RETRY_STATUSES.has(response.status);
}

/** Delay asked for by `retry-after-ms` or `Retry-After` (seconds or an HTTP date), in milliseconds. */
function retryAfterMs(headers: Headers): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms)) {
    return Number(ms);
  }
  const value = headers.get('retry-after');
  if (value === null) {
    return undefined;
  }
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) {
    return Number(value) * 1000;
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Exponential backoff: 0.5 s doubling up to 8 s, with jitter in [0.75x, 1x]. */
function backoffMs(attempt: number): number {
  const base = Math.min(INITIAL_RETRY_DELAY_MS * 2 ** attempt, MAX_RETRY_DELAY_MS);
  return base * (1 - Math.random() * 0.25);
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal === undefined ? new Error('aborted') : abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function globalFetch(): FetchLike {
  if (typeof globalThis.fetch !== 'function') {
    throw new TypeError('no global fetch: pass one in the `fetch` option');
  }
  return (url, init) => globalThis.fetch(url, init);
}

/** A version 4 UUID, for idempotency keys. */
function randomKey(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID !== undefined) {
    return crypto.randomUUID();
  }
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Math.floor(Math.random() * 4) + 8) as number).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

interface RuntimeGlobals {
  process?: { versions?: { node?: string } };
  Deno?: { version?: { deno?: string } };
  Bun?: { version?: string };
  navigator?: { userAgent?: string };
  document?: unknown;
}

/** `gatekeeper-sdk/1.0.0 node/20.11.0`; in browsers only the caller's prefix, if any. */
function userAgent(api: ApiDescription, prefix: string | undefined): string | undefined {
  const g = globalThis as RuntimeGlobals;
  let runtime: string;
  if (g.Deno?.version?.deno !== undefined) {
    runtime = `deno/${g.Deno.version.deno}`;
  } else if (g.Bun?.version !== undefined) {
    runtime = `bun/${g.Bun.version}`;
  } else if (g.process?.versions?.node !== undefined) {
    runtime = `node/${g.process.versions.node}`;
  } else if (g.navigator?.userAgent === 'Cloudflare-Workers') {
    runtime = 'workerd';
  } else if (g.document !== undefined) {
    // Browsers own the User-Agent header; setting it would also force a CORS preflight.
    return prefix;
  } else {
    runtime = 'unknown';
  }
  const own = `${api.sdkName}/${api.version} ${runtime}`;
  return prefix === undefined ? own : `${prefix} ${own}`;
}

/**
 * `Basic base64(username ":" password)` over the UTF-8 bytes (RFC 7617); `undefined` when neither
 * is given. Refuses a username with a colon, control characters and one without the other, without
 * echoing the values.
 */
function basicAuthorization(
  username: string | undefined,
  password: string | undefined,
): string | undefined {
  if (username === undefined && password === undefined) {
    return undefined;
  }
  if (username === undefined || password === undefined) {
    throw new TypeError('username and password go together: pass both or neither');
  }
  if (username.includes(':')) {
    throw new TypeError(
      "the username contains ':', which HTTP Basic authentication cannot carry (RFC 7617)",
    );
  }
  if (/[\u0000-\u001f\u007f]/.test(username + password)) {
    throw new TypeError(
      'the username or password contains a control character (CR, LF, NUL...); refusing it',
    );
  }
  let binary = '';
  for (const byte of new TextEncoder().encode(`${username}:${password}`)) {
    binary += String.fromCharCode(byte);
  }
  return `Basic ${btoa(binary)}`;
}

/** Reads an environment variable where there is one (Node, Bun; Deno with --allow-env). */
export function readEnv(name: string): string | undefined {
  const g = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    Deno?: { env?: { get?: (name: string) => string | undefined } };
  };
  try {
    const value = g.process?.env?.[name] ?? g.Deno?.env?.get?.(name);
    return value === undefined || value === '' ? undefined : value;
  } catch {
    return undefined;
  }
}
