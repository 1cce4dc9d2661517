import type { Kysely } from 'kysely';
import type { Database, ProgramRow, TierRow } from '../store/tables.js';

/**
 * The program and its tiers are read by nearly every request and change only when the supplier
 * edits a tier. One process keeps them for a few seconds: an edit in this process clears them
 * at once (`invalidate`), one made by another server process is seen within the TTL.
 */
export class ProgramCache {
  #program?: { value: Promise<ProgramRow>; until: number };
  #tiers?: { value: Promise<TierRow[]>; until: number };

  constructor(
    private readonly db: Kysely<Database>,
    private readonly ttlMs = 5_000,
  ) {}

  program(): Promise<ProgramRow> {
    this.#program = this.#fresh(this.#program, () =>
      this.db
        .selectFrom('program')
        .selectAll()
        .executeTakeFirstOrThrow(() => new Error('The database has no program: run `partner-portal-server seed demo` or create one.')),
    );
    return this.#program.value;
  }

  tiers(): Promise<TierRow[]> {
    this.#tiers = this.#fresh(this.#tiers, () => this.db.selectFrom('tiers').selectAll().orderBy('rank').execute());
    return this.#tiers.value;
  }

  invalidate(): void {
    this.#program = undefined;
    this.#tiers = undefined;
  }

  #fresh<T>(entry: { value: Promise<T>; until: number } | undefined, load: () => Promise<T>) {
    if (entry && entry.until > Date.now()) return entry;
    const value = load();
    const fresh = { value, until: Date.now() + this.ttlMs };
    // A failed read is not remembered: the next request tries again.
    value.catch(() => {
      if (this.#program === (fresh as unknown)) this.#program = undefined;
      if (this.#tiers === (fresh as unknown)) this.#tiers = undefined;
    });
    return fresh;
  }
}
