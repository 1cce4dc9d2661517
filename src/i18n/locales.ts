/** The languages the widgets speak; `en` is the source and the fallback. */
export const SUPPORTED_LOCALES = ['en', 'th', 'nb', 'ms'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/**
 * The supported locale for a BCP 47 tag: `th-TH` → `th`, Norwegian in any of its tags (`no`,
 * `nb-NO`, `nn`) → `nb`, Malay (`ms-MY`, `zsm`) → `ms`; anything else → `en`.
 */
export function matchLocale(tag: string | null | undefined): SupportedLocale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  switch (primary) {
    case 'th':
      return 'th';
    case 'nb':
    case 'no':
    case 'nn':
      return 'nb';
    case 'ms':
    case 'zsm':
      return 'ms';
    default:
      return 'en';
  }
}
