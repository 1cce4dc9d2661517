import type { SupportedLocale } from './locales.js';
import type { MessageCatalog, Messages } from './messages.js';

type LocaleTexts = Readonly<Record<string, MessageCatalog>>;
type TranslatedLocale = Exclude<SupportedLocale, 'en'>;

// Static import() calls, so bundlers emit one chunk per locale and nothing else is fetched.
const chunks: Record<TranslatedLocale, () => Promise<{ default: LocaleTexts }>> = {
  th: () => import('./locales/th.js'),
  nb: () => import('./locales/nb.js'),
  ms: () => import('./locales/ms.js'),
};

const loaded = new Map<SupportedLocale, LocaleTexts>();
const loading = new Map<SupportedLocale, Promise<boolean>>();
const failed = new Set<SupportedLocale>();

/** The texts of `messages` in `locale` if they are on the page, else undefined (English is always). */
export function translated<T extends MessageCatalog>(messages: Messages<T>, locale: SupportedLocale): T | undefined {
  return locale === 'en' ? messages.en : (loaded.get(locale)?.[messages.id] as T | undefined);
}

/**
 * Fetches the chunk of `locale` once. Resolves true when its texts are on the page, false when
 * the chunk could not be fetched: widgets then speak English rather than fail, and the next
 * call (a retry) tries again. `again: false` doesn't retry a chunk that failed already.
 */
export function loadTranslations(locale: SupportedLocale, { again = true } = {}): Promise<boolean> {
  if (locale === 'en' || loaded.has(locale)) return Promise.resolve(true);
  if (failed.has(locale) && !again) return Promise.resolve(false);
  let pending = loading.get(locale);
  if (!pending) {
    failed.delete(locale);
    pending = chunks[locale]().then(
      (chunk) => (loaded.set(locale, chunk.default), true),
      () => (failed.add(locale), false),
    );
    pending.finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}
