import type { PointsLot } from '../domain/expiry.js';

/**
 * Each partner's open lots (credits that still hold points), kept between requests so the
 * "expiring soon" summary does not replay the ledger on every read. An entry is only used for
 * the `ledger_version` it was computed at: every ledger write moves that counter in the same
 * transaction, so a stale entry can never answer — across processes too, since the version is
 * read from the database with the balance. Bounded: the least recently stored partners go first.
 */
export class OpenLotsCache {
  readonly #entries = new Map<string, { version: number; lots: readonly PointsLot[] }>();

  constructor(private readonly capacity = 10_000) {}

  get(partnerId: string, version: number): readonly PointsLot[] | undefined {
    const entry = this.#entries.get(partnerId);
    return entry && entry.version === version ? entry.lots : undefined;
  }

  set(partnerId: string, version: number, lots: readonly PointsLot[]): void {
    this.#entries.delete(partnerId);
    this.#entries.set(partnerId, { version, lots });
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
  }
}
