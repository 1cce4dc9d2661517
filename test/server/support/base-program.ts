import type { Kysely } from 'kysely';
import type { Database } from '../../../server/src/store/tables.js';
import { createMember, createPartner } from '../../../server/src/services/partners.js';
import { addMonths } from '../../../server/src/domain/time.js';

/**
 * The smallest believable program for integration tests: the demo program's rules (USD, 1
 * point per dollar, 12-month expiry, 14 days pending, the 5 % / 10 % ladder, four tiers) and
 * two partners with two members each. Tests add what they need through the admin API.
 */
export interface BaseProgram {
  partnerA: string;
  partnerB: string;
  /** Owner and staff of partner A. */
  memberA1: string;
  memberA2: string;
  memberB1: string;
  memberB2: string;
}

const text = (en: string) => JSON.stringify({ en, th: `${en} (th)`, nb: `${en} (nb)`, ms: `${en} (ms)` });

export async function seedBaseProgram(db: Kysely<Database>, now: Date): Promise<BaseProgram> {
  await db
    .insertInto('program')
    .values({
      id: 'program',
      name: 'Test Program',
      currency: 'USD',
      points_per_unit: 1,
      expiry_months: 12,
      pending_days: 14,
      locales: JSON.stringify(['en', 'th', 'nb', 'ms']),
      volume_ladder: JSON.stringify([
        { thresholdMinor: 500_000, percent: 5 },
        { thresholdMinor: 1_000_000, percent: 10 },
      ]),
      tenure_perks: JSON.stringify([{ code: 'FAST_PAYOUT', minMonths: 6, label: JSON.parse(text('Fast payout')) }]),
      nps_points: 50,
      nps_question: text('How likely are you to recommend us to a colleague?'),
    })
    .execute();
  const tiers = [
    { code: 'BRONZE', rank: 0, threshold: 0, mult: 100, discount: 0, color: '#A97142' },
    { code: 'SILVER', rank: 1, threshold: 1_000_000, mult: 125, discount: 3, color: '#8A9BA8' },
    { code: 'GOLD', rank: 2, threshold: 5_000_000, mult: 150, discount: 5, color: '#C9A227' },
    { code: 'PLATINUM', rank: 3, threshold: 15_000_000, mult: 200, discount: 8, color: '#5B6770' },
  ];
  for (const t of tiers) {
    await db
      .insertInto('tiers')
      .values({
        id: `tier_${t.code.toLowerCase()}`,
        code: t.code,
        name: text(t.code[0] + t.code.slice(1).toLowerCase()),
        rank: t.rank,
        threshold_minor: t.threshold,
        multiplier_pct: t.mult,
        discount_pct: t.discount,
        color: t.color,
        benefits: JSON.stringify(t.rank >= 2 ? [{ code: 'PRIORITY_SUPPORT', label: JSON.parse(text('Priority support')) }] : []),
      })
      .execute();
  }
  const a = await createPartner(db, { id: 'ptn_a', name: 'Alpha Retail', domain: 'alpha-retail.example', joinedAt: addMonths(now, -8) });
  const b = await createPartner(db, { id: 'ptn_b', name: 'Beta Supplies', domain: 'beta-supplies.example', joinedAt: addMonths(now, -2) });
  await createMember(db, { id: 'mem_a1', partnerId: a.id, name: 'Ada Alpha', email: 'ada@alpha-retail.example', role: 'OWNER' });
  await createMember(db, { id: 'mem_a2', partnerId: a.id, name: 'Anton Alpha', email: 'anton@alpha-retail.example', role: 'STAFF' });
  await createMember(db, { id: 'mem_b1', partnerId: b.id, name: 'Bea Beta', email: 'bea@beta-supplies.example', role: 'OWNER' });
  await createMember(db, { id: 'mem_b2', partnerId: b.id, name: 'Bo Beta', email: 'bo@beta-supplies.example', role: 'STAFF' });
  return { partnerA: a.id, partnerB: b.id, memberA1: 'mem_a1', memberA2: 'mem_a2', memberB1: 'mem_b1', memberB2: 'mem_b2' };
}
