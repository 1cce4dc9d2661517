import { createHash } from 'node:crypto';
import { badInput, userError } from '../graphql/errors.js';

/** A client's idempotency key: a UUID per attempt fits; 8–100 characters. */
export function checkIdempotencyKey(key: string): void {
  if (key.length < 8 || key.length > 100) throw badInput('idempotencyKey must be 8–100 characters (a UUID per attempt).', { field: 'idempotencyKey' });
}

/**
 * What an earlier request under the same key wrote, if any: itself when that request had the
 * same input (a retry, answered with the first result), `IDEMPOTENCY_CONFLICT` when not.
 */
export function replayOf<T extends { request_hash: string | null }>(earlier: T | undefined, hash: string, what: string): T | undefined {
  if (earlier && earlier.request_hash !== hash) {
    throw userError('IDEMPOTENCY_CONFLICT', `This idempotency key was already used for a different ${what}.`, { field: 'idempotencyKey' });
  }
  return earlier;
}

/** A stable fingerprint of a request's input: same key + different input = IDEMPOTENCY_CONFLICT. */
export function requestHash(input: unknown): string {
  return createHash('sha256').update(canonicalJson(input)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return '{' + entries.map(([k, v]) => JSON.stringify(k) + ':' + canonicalJson(v)).join(',') + '}';
  }
  return JSON.stringify(value);
}
