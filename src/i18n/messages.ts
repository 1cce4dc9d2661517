import type { SupportedLocale } from './locales.js';

/** A message is a sentence, or a function of its values that returns one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...values: any[]) => string);
export type MessageCatalog = Record<string, Message>;

/**
 * An element's texts in every supported locale. English is the source: the other locales must
 * translate every key with the same parameters (the type checker holds them to it).
 */
export type Translations<T extends MessageCatalog> = { en: T } & { [L in Exclude<SupportedLocale, 'en'>]: { [K in keyof T]: T[K] } };

export function defineMessages<T extends MessageCatalog>(translations: Translations<T>): Translations<T> {
  return translations;
}
