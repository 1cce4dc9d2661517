/**
 * Numbers, money and dates through `Intl`, with formatters cached per locale and options
 * (constructing them is the expensive part). Thai dates use the Buddhist calendar, as Thai
 * readers expect, because that is what `Intl` does for `th`.
 */
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules | Intl.DisplayNames;
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, create: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** Points are integers; the sign is shown for ledger movements (`+120`, `−40`). */
export function formatPoints(locale: string, points: number, options: { signed?: boolean } = {}): string {
  return formatNumber(locale, points, options.signed ? { signDisplay: 'exceptZero' } : {});
}

export interface MoneyValue {
  amountMinor: number;
  currency: string;
}

const currencyFormat = (locale: string, currency: string) =>
  cached(`m|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency }));

/** The currency's own number of decimals (2 for USD, 0 for JPY): minor units per unit = 10^digits. */
export const currencyDigits = (locale: string, currency: string): number => currencyFormat(locale, currency).resolvedOptions().maximumFractionDigits ?? 2;

/** Money arrives in minor units; the currency's own number of decimals turns it into an amount. */
export function formatMoney(locale: string, money: MoneyValue, options: { whole?: boolean } = {}): string {
  const base = currencyFormat(locale, money.currency);
  const amount = money.amountMinor / 10 ** currencyDigits(locale, money.currency);
  if (!options.whole || !Number.isInteger(amount)) return base.format(amount);
  return cached(`mw|${locale}|${money.currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency, maximumFractionDigits: 0 })).format(amount);
}

export function formatDate(locale: string, value: string | Date, style: 'medium' | 'long' | 'short' = 'medium'): string {
  return cached(`d|${locale}|${style}`, () => new Intl.DateTimeFormat(locale, { dateStyle: style })).format(new Date(value));
}

export function formatDateTime(locale: string, value: string | Date): string {
  return cached(`dt|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(value));
}

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size in decimal units, three significant digits, as the locale writes them: "820 byte", "23.4 MB", "5 GB". */
export function formatFileSize(locale: string, bytes: number): string {
  const step = Math.min(3, Math.floor(Math.log10(Math.max(bytes, 1)) / 3));
  return formatNumber(locale, bytes / 1000 ** step, { style: 'unit', unit: SIZE_UNITS[step], maximumSignificantDigits: 3 });
}

/** A language's name in the reader's language: `th` is "Thai" in English, "thai" in Norwegian. */
export function languageName(locale: string, code: string): string {
  return cached(`l|${locale}`, () => new Intl.DisplayNames(locale, { type: 'language' })).of(code) ?? code;
}

/**
 * An amount typed by a reader in `locale` as integer minor units, or undefined when it is not
 * one: "1,234.56" in English, "1 234,56" (or "1234.56") in Norwegian, a currency sign and spaces
 * allowed. Digits are joined as text, never multiplied as floats, so 9,999.99 is 999999 exactly.
 */
export function parseMoney(locale: string, input: string, currency: string): number | undefined {
  const digits = currencyDigits(locale, currency);
  // The locale's group separator is dropped; where it is a space, '.' and ',' both mark decimals.
  const group = formatNumber(locale, 1000).charAt(1);
  let text = input.replace(/[\s'’\p{Sc}]/gu, '');
  if (group === ',' || group === '.') text = text.split(group).join('');
  const match = /^(\d{1,15})(?:[.,](\d*))?$/.exec(text);
  const fraction = match?.[2] ?? '';
  if (!match || fraction.length > digits) return undefined;
  const minor = Number(match[1] + fraction.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/**
 * Time left as its two largest units, rounded up to the minute: "3 days 4 hr", "4 hr 12 min",
 * "1 min" (never "0 min" while anything is left).
 */
export function formatDuration(locale: string, ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const parts = [
    [Math.floor(minutes / 1440), 'day'],
    [Math.floor(minutes / 60) % 24, 'hour'],
    [minutes % 60, 'minute'],
  ] as const;
  const first = parts.findIndex(([value]) => value > 0);
  return parts
    .slice(first, first + 2)
    .filter(([value]) => value > 0)
    .map(([value, unit]) => (unit === 'day' ? formatDays(locale, value) : formatNumber(locale, value, { style: 'unit', unit, unitDisplay: 'short' })))
    .join(' ');
}

/**
 * A number of days in words: "3 days", "3 วัน". In Norwegian "3 dager": CLDR's long unit there
 * is "døgn" (a 24-hour period), which reads oddly in "starts in 3 døgn" or "a 2-døgn course".
 */
export function formatDays(locale: string, days: number): string {
  if (locale !== 'nb') return formatNumber(locale, days, { style: 'unit', unit: 'day', unitDisplay: 'long' });
  const rules = cached('p|nb', () => new Intl.PluralRules('nb'));
  return `${formatNumber('nb', days)} ${rules.select(days) === 'one' ? 'dag' : 'dager'}`;
}
