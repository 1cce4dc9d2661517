/**
 * What the server says about a partner, asked as its member through the test API (not through
 * the widgets): the tests compare what the widgets show against this, never against numbers
 * copied from the seed.
 */
import { DEMO_PERSONAS } from '../../../server/src/seed/demo-partners.js';
import { asMember } from './loyalty.js';

type PersonaKey = (typeof DEMO_PERSONAS)[number]['key'];

/** The demo seed's personas (one per tier, the new partner, a member of staff). */
export const persona = (key: PersonaKey) => DEMO_PERSONAS.find((candidate) => candidate.key === key)!;

export interface Money {
  amountMinor: number;
  currency: string;
}

export interface Tier {
  code: string;
  name: string;
  /** `#rrggbb` */
  color: string;
}

export interface TierProgress {
  current: { name: string; discountPct: number; multiplierPct: number };
  next: { name: string; threshold: Money; discountPct: number; multiplierPct: number; benefits: { label: string }[] } | null;
  spend: Money;
  remaining: Money;
  progressPct: number;
  windowStart: string;
}

export interface Points {
  available: number;
  pending: number;
  expiringSoon: number;
  expiringSoonDate: string | null;
  lifetimeEarned: number;
}

export interface LedgerEntry {
  id: string;
  type: string;
  points: number;
  reason: string;
  source: { kind: string; reference: string | null };
  member: { name: string } | null;
  createdAt: string;
  availableAt: string;
  pending: boolean;
}

export async function tierOf(memberId: string, locale = 'en'): Promise<Tier> {
  const data = await asMember(memberId, `{ viewer { partner { tier { code name color } } } }`, {}, locale);
  return data.viewer.partner.tier;
}

export async function progressOf(memberId: string, locale = 'en'): Promise<TierProgress> {
  const data = await asMember(
    memberId,
    `{ viewer { partner { tierProgress {
        current { name discountPct multiplierPct }
        next { name threshold { amountMinor currency } discountPct multiplierPct benefits { label } }
        spend { amountMinor currency } remaining { amountMinor currency } progressPct windowStart } } } }`,
    {},
    locale,
  );
  return data.viewer.partner.tierProgress;
}

export async function pointsOf(memberId: string): Promise<Points> {
  const data = await asMember(memberId, `{ viewer { partner { points { available pending expiringSoon expiringSoonDate lifetimeEarned } } } }`);
  return data.viewer.partner.points;
}

export async function ledgerOf(memberId: string, options: { first?: number; types?: string[]; locale?: string } = {}): Promise<{ nodes: LedgerEntry[]; hasNextPage: boolean }> {
  const data = await asMember(
    memberId,
    `query($first: Int!, $types: [LedgerEntryType!]) { viewer { partner { ledger(first: $first, types: $types) {
        nodes { id type points reason source { kind reference } member { name } createdAt availableAt pending }
        pageInfo { hasNextPage } } } } }`,
    { first: options.first ?? 100, types: options.types ?? null },
    options.locale,
  );
  const { nodes, pageInfo } = data.viewer.partner.ledger;
  return { nodes, hasNextPage: pageInfo.hasNextPage };
}
