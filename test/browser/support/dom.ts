/**
 * Reading widgets the way a person does: the text they render (inside their shadow roots),
 * their states, and the numbers and dates formatted with `Intl` as the reader's locale shows
 * them — computed here independently of the widgets' own formatting code.
 */
import { waitUntil } from '@open-wc/testing';

/** The first element of a widget's shadow root matching `selector`; fails the test when there is none. */
export function inShadow<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`<${host.localName}> renders no ${selector}; it shows: "${shadowText(host)}"`);
  return found;
}

export function allInShadow<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** An element of the widget's shadow root by `part` name. */
export const part = <T extends Element = HTMLElement>(host: Element, name: string) => inShadow<T>(host, `[part~="${name}"]`);
export const parts = <T extends Element = HTMLElement>(host: Element, name: string) => allInShadow<T>(host, `[part~="${name}"]`);

/** Rendered text, whitespace collapsed (`innerText`: what is laid out, not what is `display: none`). */
export function textOf(element: Element | null | undefined): string {
  return ((element as HTMLElement | null)?.innerText ?? element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** All text the widget renders. */
export function shadowText(host: Element): string {
  const root = host.shadowRoot;
  if (!root) return '';
  return [...root.children]
    .filter((child) => child.localName !== 'style')
    .map(textOf)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function until(predicate: () => unknown, message: string, timeout = 8000): Promise<void> {
  await waitUntil(predicate, message, { timeout, interval: 20 });
}

export const isLoading = (host: Element) => host.hasAttribute('aria-busy') && allInShadow(host, '.skeleton').length > 0;
export const hasError = (host: Element) => host.shadowRoot?.querySelector('[part~="error"]') != null;
export const isReady = (host: Element) => !host.hasAttribute('aria-busy') && allInShadow(host, '.skeleton').length === 0 && !hasError(host) && (host as any).hasUpdated;

/** Waits for the widget's data (not a skeleton, not an error); fails with what it shows instead. */
export async function untilReady(host: Element, timeout = 8000): Promise<void> {
  try {
    await until(() => isReady(host), `<${host.localName}> to show its data`, timeout);
  } catch (error) {
    throw new Error(`<${host.localName}> did not show its data; it shows: "${shadowText(host)}" (busy: ${host.hasAttribute('aria-busy')})`, { cause: error });
  }
}

export async function untilError(host: Element, timeout = 8000): Promise<HTMLElement> {
  await until(() => hasError(host), `<${host.localName}> to show an error; it shows: "${shadowText(host)}"`, timeout);
  return part<HTMLElement>(host, 'error');
}

/** Formatting as a reader in `locale` sees it. */
export const fmt = {
  number: (locale: string, value: number, options: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat(locale, options).format(value),
  signed: (locale: string, value: number) => new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }).format(value),
  /** Money in minor units; whole amounts without decimals. */
  money: (locale: string, money: { amountMinor: number; currency: string }) => {
    const digits = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).resolvedOptions().maximumFractionDigits ?? 2;
    const amount = money.amountMinor / 10 ** digits;
    return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency, ...(Number.isInteger(amount) ? { maximumFractionDigits: 0 } : {}) }).format(amount);
  },
  date: (locale: string, iso: string, style: 'medium' | 'long' = 'medium') => new Intl.DateTimeFormat(locale, { dateStyle: style }).format(new Date(iso)),
  dateTime: (locale: string, iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
  /** Time left as a countdown reads it: its two largest units (days long, hours and minutes short), rounded up to the minute. */
  duration: (locale: string, ms: number) => {
    const total = Math.max(1, Math.ceil(ms / 60_000));
    const units: [number, string, 'long' | 'short'][] = [
      [Math.floor(total / 1440), 'day', 'long'],
      [Math.floor(total / 60) % 24, 'hour', 'short'],
      [total % 60, 'minute', 'short'],
    ];
    const first = units.findIndex(([value]) => value > 0);
    return units
      .slice(first, first + 2)
      .filter(([value]) => value > 0)
      .map(([value, unit, unitDisplay]) => (unit === 'day' ? fmt.days(locale, value) : new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay }).format(value)))
      .join(' ');
  },
  /** Days as the widgets write them: Intl's long unit, except Norwegian "dag"/"dager" (not CLDR's "døgn"). */
  days: (locale: string, count: number): string =>
    locale === 'nb' ? `${new Intl.NumberFormat('nb').format(count)} ${count === 1 ? 'dag' : 'dager'}` : new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(count),
};

/** Height of the box the widget occupies in the page. */
export const heightOf = (element: Element) => element.getBoundingClientRect().height;

/** A node of Chromium's accessibility tree (what assistive technology is given). */
export interface AXNode {
  role: string;
  name?: string;
  value?: string | number;
  valuetext?: string;
  valuemin?: number;
  valuemax?: number;
  focused?: boolean;
  disabled?: boolean;
  children?: AXNode[];
}

/** The accessibility tree from the first element matching `selector` (shadow roots included). */
export async function accessibilityTree(selector: string): Promise<AXNode> {
  const { a11ySnapshot } = await import('@web/test-runner-commands');
  return (await a11ySnapshot({ selector })) as unknown as AXNode;
}

export function findNode(root: AXNode, test: (node: AXNode) => boolean): AXNode | undefined {
  if (test(root)) return root;
  for (const child of root.children ?? []) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Presses a key as a person does (a real key event from the browser, not a synthetic one). */
export async function press(key: string): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  await sendKeys({ press: key });
}

/** The focused element, looking into shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `target` has focus (at most `max` times); fails when focus never gets there. */
export async function tabTo(target: Element, max = 10): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await press('Tab');
    if (focused() === target) return presses;
  }
  throw new Error(`Tab never reached ${target.localName}[part=${target.getAttribute('part')}]; focus is on ${focused()?.localName}`);
}

/** `#rrggbb` as the `rgb(r, g, b)` that computed styles report. */
export function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The number `<partner-points-balance>` shows as available, as text (its unit left out). */
export const availableShown = (balance: Element) =>
  [...part(balance, 'available').childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();
