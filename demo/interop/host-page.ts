// What every interop page takes from its server: the member's first token, locale and persona
// (rendered into the page by demo/host.ts), and a way to get the next token from it.
import type { PartnerRedeemedEvent, PartnerFilterChangeEvent, RewardFilterDetail } from '../../src/index.js';

export interface HostPage {
  token: string;
  locale: string;
  persona: string;
}

/** Reads what the server rendered into the mount element's data attributes. */
export function hostPage(element: HTMLElement): HostPage {
  const { token = '', locale = 'en', persona = 'silver' } = element.dataset;
  return { token, locale, persona };
}

/** The page's server mints tokens with the supplier key; the browser only ever sees widget tokens. */
export async function fetchToken(persona: string): Promise<string> {
  const response = await fetch('/demo-api/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  if (!response.ok) throw new Error(`The demo server refused a token (${response.status}).`);
  return ((await response.json()) as { token: string }).token;
}

export const LOCALES = [
  ['en', 'English'],
  ['th', 'ไทย'],
  ['nb', 'Norsk bokmål'],
  ['ms', 'Bahasa Melayu'],
] as const;

export const SORTS = [
  ['POPULARITY', 'Most popular'],
  ['POINTS_ASC', 'Fewest points first'],
  ['POINTS_DESC', 'Most points first'],
  ['NEWEST', 'Newest'],
] as const;

/** The same sentence on every page, so one test reads all three. */
export function describeFilterChange(event: PartnerFilterChangeEvent<object>): string {
  // The catalog's detail: the event's type in the global event map is the history's `{ types }`.
  const { sort, affordable } = event.detail as RewardFilterDetail;
  return `partner-filter-change: sort ${sort}, affordable ${affordable}`;
}

export function describeRedeemed(event: PartnerRedeemedEvent): string {
  return `partner-redeemed: ${event.detail.reward.name} for ${event.detail.pointsSpent} points, ${event.detail.available} left`;
}
