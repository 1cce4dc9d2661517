import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { rewardCatalogTransport } from './fixtures/reward-catalog.js';
import { localeAttribute, widgetArgTypes, widgetArgs, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  layout: 'grid' | 'list';
  category: string;
  affordable: boolean;
  'my-tier': boolean;
  seasonal: boolean;
  search: string;
  sort: 'POPULARITY' | 'POINTS_ASC' | 'POINTS_DESC' | 'NEWEST';
  'page-size': number;
  /** How the recorded backend answers a redemption. */
  redeem: 'ok' | 'INSUFFICIENT_POINTS' | 'OUT_OF_STOCK' | 'TIER_REQUIRED' | 'NOT_AVAILABLE';
  onPartnerRedeem?: (event: Event) => void;
  onPartnerRedeemed?: (event: Event) => void;
}

const attribute = (summary: string, defaultValue?: string) => ({ table: { category: 'attributes', type: { summary }, ...(defaultValue ? { defaultValue: { summary: defaultValue } } : {}) } });

const meta = {
  title: 'Widgets/Reward catalog',
  component: 'partner-reward-catalog',
  args: { ...widgetArgs, partner: 'gold', layout: 'grid', category: '', affordable: false, 'my-tier': false, seasonal: false, search: '', sort: 'POPULARITY', 'page-size': 6, redeem: 'ok' },
  argTypes: {
    ...widgetArgTypes,
    layout: { control: 'inline-radio', options: ['grid', 'list'], description: 'Cards in a grid, or rows.', ...attribute('grid | list', 'grid') },
    category: { control: 'select', options: ['', 'MERCH', 'TOOLS', 'EXPERIENCES'], description: 'Only rewards of this category code.', ...attribute('string') },
    affordable: { control: 'boolean', description: 'Only rewards the partner can afford now.', ...attribute('boolean', 'false') },
    'my-tier': { control: 'boolean', description: 'Only rewards the partner’s tier unlocks.', ...attribute('boolean', 'false') },
    seasonal: { control: 'boolean', description: 'Only seasonal rewards.', ...attribute('boolean', 'false') },
    search: { control: 'text', description: 'Search text.', ...attribute('string') },
    sort: { control: 'select', options: ['POPULARITY', 'POINTS_ASC', 'POINTS_DESC', 'NEWEST'], description: 'Order of the rewards.', ...attribute('RewardSort', 'POPULARITY') },
    'page-size': { control: { type: 'number', min: 1, max: 50 }, description: 'Rewards per page; "Show more" loads the next page.', ...attribute('number', '12') },
    redeem: {
      control: 'select',
      options: ['ok', 'INSUFFICIENT_POINTS', 'OUT_OF_STOCK', 'TIER_REQUIRED', 'NOT_AVAILABLE'],
      description: 'How the recorded backend answers "Redeem now".',
      table: { category: 'recorded backend', defaultValue: { summary: 'ok' } },
    },
  },
  render: (args, { globals }) => html`
    <partner-portal
      .transport=${rewardCatalogTransport({ scenario: args.scenario, partner: args.partner, latency: args.latency, failures: args.failures, redeem: args.redeem })}
      locale=${globals.locale}
      @partner-load=${args.onPartnerLoad}
      @partner-error=${args.onPartnerError}
      @partner-redeem=${args.onPartnerRedeem}
      @partner-redeemed=${args.onPartnerRedeemed}
    >
      <partner-reward-catalog
        layout=${args.layout}
        category=${args.category || undefined}
        ?affordable=${args.affordable}
        ?my-tier=${args['my-tier']}
        ?seasonal=${args.seasonal}
        search=${args.search || undefined}
        sort=${args.sort}
        page-size=${args['page-size']}
        locale=${localeAttribute(args)}
      ></partner-reward-catalog>
    </partner-portal>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const widget = (canvas: HTMLElement) => canvas.querySelector('partner-reward-catalog')!;

/** Waits for an element in the widget's shadow root. */
const find = (canvas: HTMLElement, selector: string) =>
  waitFor(() => {
    const found = widget(canvas).shadowRoot!.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`no ${selector} yet`);
    return found;
  });

/** In stock, only a few left, sold out, a tier gate and a seasonal window. */
export const Ready: Story = {};
export const List: Story = { args: { layout: 'list' } };
export const Filtered: Story = { name: 'Filtered (affordable, points low to high)', args: { affordable: true, sort: 'POINTS_ASC' } };
export const ShowMore: Story = {
  name: 'Show more',
  args: { 'page-size': 3 },
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part="more-button"]')).click();
    await waitFor(() => expect(widget(canvasElement).shadowRoot!.querySelectorAll('li[part~="reward"]').length).toBe(6));
  },
};

export const Loading: Story = { tags: ['loading-state'], args: { scenario: 'loading' } };
export const Empty: Story = { name: 'Empty catalog', args: { scenario: 'empty' } };
export const NoMatch: Story = { name: 'Empty: nothing matches', args: { search: 'no such reward' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: { scenario: 'network' } };
export const ErrorTokenExpired: Story = { name: 'Error: token expired', args: { scenario: 'token-expired' } };

/** "Redeem" opens the modal confirm with the cost and the balance after. */
export const RedeemConfirm: Story = {
  name: 'Redeem: confirm dialog',
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part="redeem-button"]')).click();
    await find(canvasElement, 'dialog[open] [part~="confirm-button"]');
  },
};

/** More than the server allows in one redemption: the field is flagged and "Redeem now" waits. */
export const RedeemQuantityOverLimit: Story = {
  name: 'Redeem: quantity over the limit',
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part="redeem-button"]')).click();
    const quantity = (await find(canvasElement, 'dialog[open] input[name="quantity"]')) as HTMLInputElement;
    quantity.value = String(Number(quantity.max) + 5);
    quantity.dispatchEvent(new Event('input'));
    await waitFor(() => expect(quantity.getAttribute('aria-invalid')).toBe('true'));
  },
};

/** A reward's name (or picture) opens its detail view: larger picture, description, facts, "Redeem". */
export const Detail: Story = {
  name: 'Detail view',
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part~="name-button"]')).click();
    await find(canvasElement, 'dialog[open][part~="detail"] .description');
  },
};

export const Redeemed: Story = {
  name: 'Redeem: done',
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part="redeem-button"]')).click();
    (await find(canvasElement, 'dialog[open] [part~="confirm-button"]')).click();
    await find(canvasElement, 'dialog .success');
  },
};

const failing = (code: Args['redeem']): Story => ({
  name: `Redeem: ${code}`,
  args: { redeem: code },
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part="redeem-button"]')).click();
    (await find(canvasElement, 'dialog[open] [part~="confirm-button"]')).click();
    await find(canvasElement, 'dialog [part~="error"]');
  },
});
export const RedeemInsufficientPoints = failing('INSUFFICIENT_POINTS');
export const RedeemOutOfStock = failing('OUT_OF_STOCK');
export const RedeemTierRequired = failing('TIER_REQUIRED');
export const RedeemNotAvailable = failing('NOT_AVAILABLE');

export const English: Story = { args: { partner: 'silver' }, globals: { locale: 'en' } };
export const Thai: Story = { args: { partner: 'platinum' }, globals: { locale: 'th' } };
export const Norwegian: Story = { name: 'Norwegian (bokmål)', args: { partner: 'gold' }, globals: { locale: 'nb' } };
export const Malay: Story = { args: { partner: 'bronze' }, globals: { locale: 'ms' } };

export const Dark: Story = { globals: { theme: 'dark' } };
export const DarkRedeemConfirm: Story = { name: 'Dark, redeem confirm', globals: { theme: 'dark' }, play: RedeemConfirm.play };
