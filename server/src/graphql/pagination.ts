import { badInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;

/** Validates `first`: a page is 1–100 items. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 1 and ${MAX_PAGE_SIZE}.`, { field: 'first' });
  }
  return size;
}

/** Cursors are opaque to clients; inside they are the sort key of the last item. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (cursor == null) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every((k) => typeof k === 'string' || typeof k === 'number')) return key;
  } catch {
    /* fall through to the typed error */
  }
  throw badInput('The "after" cursor is not one this API issued.', { field: 'after' });
}

/**
 * Builds a connection from `size + 1` fetched rows: the extra row only tells whether there is
 * a next page.
 */
export function connection<T>(rows: T[], size: number, cursorOf: (row: T) => (string | number)[], totalCount?: number) {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    nodes: page,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    ...(totalCount === undefined ? {} : { totalCount }),
  };
}
