/** A message is a sentence, or a function of its values that returns one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...values: any[]) => string);
export type MessageCatalog = Record<string, Message>;

/**
 * An element's texts. English is the source and the fallback, and ships with the element; the
 * other locales live in `<element>.translations.ts` and reach the page in one lazily loaded
 * chunk per locale (`i18n/locales/*.ts`), under `id`. A page in English loads no translation.
 */
export interface Messages<T extends MessageCatalog> {
  readonly id: string;
  readonly en: T;
}

/** A translation of `M`: every key of the English source, with the same parameters. */
export type Translation<M extends Messages<MessageCatalog>> = { [K in keyof M['en']]: M['en'][K] };

export function defineMessages<T extends MessageCatalog>(id: string, en: T): Messages<T> {
  return { id, en };
}
