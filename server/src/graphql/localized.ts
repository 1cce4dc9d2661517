import type { LocalizedText } from '../store/tables.js';

export const LOCALES = ['en', 'th', 'nb', 'ms'] as const;
export type AppLocale = (typeof LOCALES)[number];

/** The text in `locale`, falling back to English: every stored text has `en`. */
export function pick(text: LocalizedText | null | undefined, locale: AppLocale): string {
  if (!text) return '';
  return text[locale] || text.en;
}

/**
 * The best supported locale for an `Accept-Language` header (`nb-NO,nb;q=0.9,en;q=0.8`).
 * Norwegian `no`/`nn` read Bokmål: that is what our nb texts are written in.
 */
export function negotiateLocale(header: string | null | undefined): AppLocale {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    const mapped = base === 'no' || base === 'nn' ? 'nb' : base;
    if ((LOCALES as readonly string[]).includes(mapped)) return mapped as AppLocale;
  }
  return 'en';
}
