/**
 * Numbers, money and dates through `Intl`, with formatters cached per locale and options
 * (constructing them is the expensive part). Thai dates use the Buddhist calendar, as Thai
 * readers expect, because that is what `Intl` does for `th`.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules>(key: string, create: () => T): T {
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

/** Money arrives in minor units; the currency's own number of decimals turns it into an amount. */
export function formatMoney(locale: string, money: MoneyValue, options: { whole?: boolean } = {}): string {
  const base = cached(`m|${locale}|${money.currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }));
  const digits = base.resolvedOptions().maximumFractionDigits ?? 2;
  const amount = money.amountMinor / 10 ** digits;
  if (!options.whole || !Number.isInteger(amount)) return base.format(amount);
  return cached(`mw|${locale}|${money.currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency, maximumFractionDigits: 0 })).format(amount);
}

export function formatDate(locale: string, value: string | Date, style: 'medium' | 'long' | 'short' = 'medium'): string {
  return cached(`d|${locale}|${style}`, () => new Intl.DateTimeFormat(locale, { dateStyle: style })).format(new Date(value));
}

export function formatDateTime(locale: string, value: string | Date): string {
  return cached(`dt|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(value));
}

const DAY = 86_400_000;

/** "in 12 days", "tomorrow", "yesterday": whole days between two instants. */
export function formatRelativeDays(locale: string, value: string | Date, now: Date = new Date()): string {
  const days = Math.round((new Date(value).getTime() - now.getTime()) / DAY);
  return cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(days, 'day');
}
