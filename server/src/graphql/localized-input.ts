import type { LocalizedText } from '../store/tables.js';
import { badInput } from './errors.js';
import { LOCALES } from './localized.js';

/** Validates a LocalizedTextInput (trimmed, `en` required, each at most `max` characters). */
export function localizedText(input: Partial<Record<string, string | null | undefined>>, field: string, max = 200): LocalizedText {
  const text: Record<string, string> = {};
  for (const locale of LOCALES) {
    const value = input[locale]?.trim();
    if (!value) continue;
    if (value.length > max) throw badInput(`${field}.${locale} is at most ${max} characters.`, { field: `${field}.${locale}` });
    text[locale] = value;
  }
  if (!text.en) throw badInput(`${field}.en is required.`, { field: `${field}.en` });
  return text as LocalizedText;
}
