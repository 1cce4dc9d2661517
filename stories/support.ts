import { nothing } from 'lit';
import type { ArgTypes } from '@storybook/web-components-vite';
import { PARTNER_KEYS, SCENARIOS, recordedTransport, type PartnerKey, type RecordedTransport, type Scenario } from './fixtures/index.js';

/**
 * What every widget story shares: the recorded backend behind `<partner-portal>` (which
 * partner's data, which scenario, how slow) as controls, and the widget's own `locale`.
 *
 * Stories whose backend never answers carry the tag `loading-state` (written out in each story:
 * Storybook reads tags statically); scripts/check-stories.mjs then checks that they are loading
 * instead of waiting for them to settle.
 */
export interface BackendArgs {
  /** What the recorded backend does. */
  scenario: Scenario;
  /** Whose recordings answer (in `ready`, and once a failing scenario recovers). */
  partner: PartnerKey;
  /** Network latency of the recorded backend, in milliseconds. */
  latency: number;
  /** Failing scenarios answer normally after this many requests (a retry then succeeds); default never. */
  failures?: number;
}

export interface WidgetArgs extends BackendArgs {
  /** The widget's own `locale` attribute; `inherit` follows the portal (the toolbar's locale). */
  locale: 'inherit' | 'en' | 'th' | 'nb' | 'ms';
  onPartnerLoad?: (event: Event) => void;
  onPartnerError?: (event: Event) => void;
}

export const backendArgs: BackendArgs = { scenario: 'ready', partner: 'silver', latency: 250 };

export const backendArgTypes: Partial<ArgTypes<BackendArgs>> = {
  scenario: {
    control: 'select',
    options: SCENARIOS,
    description: 'What the recorded backend does: answer (`ready`), answer as a partner with no activity (`empty`), never answer (`loading`), fail without an answer (`network`), or answer a GraphQL error (`token-expired`, `forbidden`).',
    table: { category: 'recorded backend', defaultValue: { summary: 'ready' } },
  },
  partner: {
    control: 'inline-radio',
    options: PARTNER_KEYS,
    description: 'Whose recordings answer: a partner in each tier, or one that joined last week (the `empty` scenario always answers as that one).',
    table: { category: 'recorded backend', defaultValue: { summary: 'silver' } },
  },
  latency: {
    control: { type: 'range', min: 0, max: 3000, step: 50 },
    description: 'Milliseconds before each answer.',
    table: { category: 'recorded backend', defaultValue: { summary: '250' } },
  },
  failures: {
    control: { type: 'number', min: 0 },
    description: 'A failing scenario answers normally after this many requests, so "Try again" succeeds; empty: it keeps failing.',
    table: { category: 'recorded backend' },
  },
};

/**
 * Connection attributes and properties (from the custom-elements manifest) that these stories
 * leave alone: every story runs inside <partner-portal> with a recorded transport.
 */
export const connectionArgTypes = {
  endpoint: { control: false },
  token: { control: false },
  tokenProvider: { control: false },
} as const;

export const widgetArgTypes: Partial<ArgTypes<WidgetArgs>> = {
  ...(backendArgTypes as Partial<ArgTypes<WidgetArgs>>),
  ...connectionArgTypes,
  locale: {
    control: 'inline-radio',
    options: ['inherit', 'en', 'th', 'nb', 'ms'],
    description: '`en`, `th`, `nb` or `ms`; without it the widget follows `<partner-portal locale>` (the toolbar), then the nearest `lang`.',
    table: { category: 'attributes', type: { summary: 'string' } },
  },
};

export const widgetArgs: WidgetArgs = { ...backendArgs, locale: 'inherit' };

/** A fresh recorded backend for one render of a story. */
export function transportFor(args: BackendArgs): RecordedTransport {
  return recordedTransport({ scenario: args.scenario, partner: args.partner, latency: args.latency, failures: args.failures });
}

/** The value of a widget's `locale` attribute: none when it inherits. */
export function localeAttribute(args: Pick<WidgetArgs, 'locale'>): string | typeof nothing {
  return args.locale === 'inherit' ? nothing : args.locale;
}
