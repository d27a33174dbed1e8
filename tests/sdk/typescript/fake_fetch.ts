// A scripted `fetch` for the runtime tests: records every request and answers from a list.

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
  network_error?: boolean;
  delay_ms?: number;
  match_headers?: Record<string, string>;
}

export interface SentRequest {
  method: string;
  url: URL;
  /** Raw path, percent-encoding kept, without the query. */
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export interface FakeFetch {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  sent: SentRequest[];
}

function delay(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** Responses are served in order (the last one repeats), or by `match_headers` when any has them. */
export function fakeFetch(responses: FakeResponse[]): FakeFetch {
  const sent: SentRequest[] = [];
  const byHeaders = responses.some((r) => r.match_headers !== undefined);
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const parsed = new URL(url);
    const rawPath = url.slice(parsed.origin.length).split('?')[0] ?? '';
    const body = typeof init.body === 'string' ? init.body : undefined;
    const index = sent.length;
    sent.push({ method: init.method ?? 'GET', url: parsed, path: rawPath, headers, body });
    let answer: FakeResponse | undefined;
    if (byHeaders) {
      answer = responses.find((r) =>
        Object.entries(r.match_headers ?? {}).every(([k, v]) => headers[k.toLowerCase()] === v),
      );
    } else {
      answer = responses[Math.min(index, responses.length - 1)];
    }
    if (answer === undefined) {
      throw new Error(`no scripted response for request ${index + 1}`);
    }
    if (answer.delay_ms !== undefined) {
      await delay(answer.delay_ms, init.signal);
    }
    if (answer.network_error) {
      throw new TypeError('fetch failed');
    }
    const status = answer.status ?? 200;
    const responseHeaders = new Headers(answer.headers ?? {});
    let text: string | null = null;
    if (answer.json !== undefined) {
      text = JSON.stringify(answer.json);
      if (!responseHeaders.has('content-type')) {
        responseHeaders.set('content-type', 'application/json');
      }
    } else if (answer.text !== undefined) {
      text = answer.text;
    }
    const nullBody = status === 204 || status === 205 || status === 304;
    return new Response(nullBody ? null : text, { status, headers: responseHeaders });
  };
  return { fetch, sent };
}
