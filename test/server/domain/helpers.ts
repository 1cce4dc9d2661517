import assert from 'node:assert/strict';
import { mulberry32 } from '../../../server/src/seed/random.js';
import { DomainError, type DomainErrorCode } from '../../../server/src/domain/errors.js';

// The rules must only ever read UTC fields. Running every domain test in a far-off zone
// (UTC+14, where the local date is usually a day ahead of UTC) makes any slip into local time fail.
process.env.TZ = 'Pacific/Kiritimati';

/** Asserts `fn` throws a DomainError with `code` (and, if given, details that include `details`). */
export function assertDomainError(
  fn: () => unknown,
  code: DomainErrorCode,
  details?: Record<string, unknown>,
): DomainError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof DomainError, `expected a DomainError ${code}, got ${String(caught)}`);
  assert.equal(caught.code, code, `expected ${code}, got ${caught.code}: ${caught.message}`);
  if (details) {
    for (const [key, value] of Object.entries(details)) assert.deepEqual(caught.details?.[key], value, `details.${key}`);
  }
  return caught;
}

export const iso = (value: string): Date => new Date(value);

/** A small seeded PRNG (the seed's mulberry32), so a failing random case can be replayed from its seed. */
export const seededRandom = (seed: number): (() => number) => mulberry32(seed);

/** An integer in [min, max]. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Runs `check` for many seeds; a failure names the seed (replay with DOMAIN_TEST_SEED=<seed>). */
export function forEachSeed(count: number, check: (seed: number) => void): void {
  const fixed = process.env.DOMAIN_TEST_SEED;
  const seeds = fixed ? [Number(fixed)] : Array.from({ length: count }, (_, i) => 0x5eed + i);
  for (const seed of seeds) {
    try {
      check(seed);
    } catch (error) {
      const message = `property failed for seed ${seed} (replay with DOMAIN_TEST_SEED=${seed})`;
      console.error(message);
      throw new Error(message, { cause: error });
    }
  }
}
