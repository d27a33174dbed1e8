// Hand-written runtime: cursor pagination.

/** One page of a list operation. */
export interface Page<T> {
  /** The items of this page. */
  readonly items: T[];
  /** The cursor of the next page, `null` on the last page. */
  readonly nextCursor: string | null;
  /** Whether another page follows. */
  readonly hasMore: boolean;
}

/** Wire names of a page's fields. */
export interface PageFields {
  readonly items: string;
  readonly nextCursor: string;
  readonly hasMore?: string | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a page from a response body. */
export function toPage<T>(body: unknown, fields: PageFields): Page<T> {
  const record = isRecord(body) ? body : {};
  const items = record[fields.items];
  const next = record[fields.nextCursor];
  const nextCursor = typeof next === 'string' && next !== '' ? next : null;
  const more = fields.hasMore === undefined ? undefined : record[fields.hasMore];
  return {
    items: Array.isArray(items) ? (items as T[]) : [],
    nextCursor,
    hasMore: typeof more === 'boolean' ? more && nextCursor !== null : nextCursor !== null,
  };
}

/**
 * Iterates over every item of a list, fetching one page at a time, only when the previous page is
 * used up.
 */
export async function* paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  for (;;) {
    const page = await fetchPage(cursor);
    yield* page.items;
    if (!page.hasMore || page.nextCursor === null || page.nextCursor === cursor) {
      return;
    }
    cursor = page.nextCursor;
  }
}
