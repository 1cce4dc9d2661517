import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { engagementTransport, type PromotionsSet } from './fixtures/engagement.js';
import { localeAttribute, widgetArgTypes, widgetArgs, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  /** Which promotions the recorded backend has. */
  promotions: PromotionsSet;
}

const meta = {
  title: 'Widgets/Promotions',
  component: 'partner-promotions',
  args: { ...widgetArgs, partner: 'silver', promotions: 'seeded' },
  argTypes: {
    ...widgetArgTypes,
    promotions: {
      control: 'inline-radio',
      options: ['seeded', 'none', 'starting-soon'],
      description: 'Two running and one announced promotion; none; or those plus one that starts five seconds after the answer.',
      table: { category: 'recorded backend', defaultValue: { summary: 'seeded' } },
    },
  },
  render: (args, { globals }) => html`
    <partner-portal
      .transport=${engagementTransport({ scenario: args.scenario, partner: args.partner, latency: args.latency, failures: args.failures, promotions: args.promotions })}
      locale=${globals.locale}
      @partner-load=${args.onPartnerLoad}
      @partner-error=${args.onPartnerError}
    >
      <partner-promotions locale=${localeAttribute(args)} style="max-inline-size: 40rem"></partner-promotions>
    </partner-portal>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const widget = (canvas: HTMLElement) => canvas.querySelector('partner-promotions')!;

/** Waits for an element in the widget's shadow root. */
const find = (canvas: HTMLElement, selector: string) =>
  waitFor(() => {
    const found = widget(canvas).shadowRoot!.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`no ${selector} yet`);
    return found;
  });

/** Types an order amount and asks (Enter). */
const quote = (amount: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const input = (await find(canvasElement, 'input')) as HTMLInputElement;
  input.value = amount;
  input.dispatchEvent(new Event('input'));
  widget(canvasElement).shadowRoot!.querySelector('form')!.requestSubmit();
  await waitFor(() => expect(widget(canvasElement).shadowRoot!.querySelector('#result')!.textContent!.trim()).not.toBe(''));
};

/** Two promotions running with a countdown to their end, one announced with a countdown to its start; the ladder; a partner of 17 months with one perk unlocked. */
export const Ready: Story = {};
/** Below the first step: what is missing for 5 %. */
export const QuoteBelow: Story = { name: 'Quote: below the first step', play: quote('4,200') };
/** Exactly at a threshold: that step is reached. */
export const QuoteAtThreshold: Story = { name: 'Quote: exactly at 10 %', play: quote('10000') };
/** Between the steps: "$1,240 more in this order for 10 %". */
export const QuoteBetween: Story = { name: 'Quote: between steps', play: quote('8760') };
export const QuoteInvalid: Story = { name: 'Quote: not an amount', play: quote('ten thousand') };
/** A promotion that starts five seconds after the answer turns "Running now" without a request. */
export const StartingSoon: Story = { name: 'Countdown: starts in seconds', args: { promotions: 'starting-soon' } };
/** A partner that joined last week: both perks still ahead, with the days left. */
export const NewPartner: Story = { name: 'New partner (perks ahead)', args: { partner: 'new' } };
/** Everything unlocked. */
export const Platinum: Story = { name: 'Long-standing partner (perks unlocked)', args: { partner: 'platinum' } };

export const Loading: Story = { tags: ['loading-state'], args: { scenario: 'loading' } };
/** Nothing running or announced: the ladder and perks stay. */
export const Empty: Story = { name: 'Empty (no promotions)', args: { promotions: 'none' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: { scenario: 'network' } };
export const ErrorTokenExpired: Story = { name: 'Error: token expired', args: { scenario: 'token-expired' } };

export const English: Story = { args: { partner: 'silver' }, globals: { locale: 'en' } };
/** Buddhist-calendar dates; texts from the server in Thai. */
export const Thai: Story = { args: { partner: 'platinum' }, globals: { locale: 'th' } };
/** Amounts typed the Norwegian way ("8 760,00"). */
export const Norwegian: Story = { name: 'Norwegian (bokmål)', args: { partner: 'gold' }, globals: { locale: 'nb' }, play: quote('8 760,00') };
export const Malay: Story = { args: { partner: 'bronze' }, globals: { locale: 'ms' } };

export const Dark: Story = { globals: { theme: 'dark' }, play: quote('6000') };
