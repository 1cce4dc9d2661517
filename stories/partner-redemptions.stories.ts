import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { redemptionsTransport } from './fixtures/redemptions.js';
import { localeAttribute, widgetArgTypes, widgetArgs, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  'page-size': number;
  /** How the recorded backend answers a cancel. */
  cancel: 'ok' | 'INVALID_TRANSITION';
  onPartnerRedemptionCancel?: (event: Event) => void;
  onPartnerRedemptionCancelled?: (event: Event) => void;
}

const meta = {
  title: 'Widgets/Redemptions',
  component: 'partner-redemptions',
  args: { ...widgetArgs, partner: 'gold', 'page-size': 5, cancel: 'ok' },
  argTypes: {
    ...widgetArgTypes,
    'page-size': {
      control: { type: 'number', min: 1, max: 50 },
      description: 'Redemptions per page; "Show more" loads the next page.',
      table: { category: 'attributes', type: { summary: 'number' }, defaultValue: { summary: '10' } },
    },
    cancel: {
      control: 'inline-radio',
      options: ['ok', 'INVALID_TRANSITION'],
      description: 'How the recorded backend answers "Cancel redemption": it works, or the supplier shipped it meanwhile.',
      table: { category: 'recorded backend', defaultValue: { summary: 'ok' } },
    },
  },
  render: (args, { globals }) => html`
    <partner-portal
      .transport=${redemptionsTransport({ scenario: args.scenario, partner: args.partner, latency: args.latency, failures: args.failures, cancel: args.cancel })}
      locale=${globals.locale}
      @partner-load=${args.onPartnerLoad}
      @partner-error=${args.onPartnerError}
      @partner-redemption-cancel=${args.onPartnerRedemptionCancel}
      @partner-redemption-cancelled=${args.onPartnerRedemptionCancelled}
    >
      <partner-redemptions page-size=${args['page-size']} locale=${localeAttribute(args)} style="max-inline-size: 40rem"></partner-redemptions>
    </partner-portal>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const widget = (canvas: HTMLElement) => canvas.querySelector('partner-redemptions')!;

/** Waits for an element in the widget's shadow root. */
const find = (canvas: HTMLElement, selector: string) =>
  waitFor(() => {
    const found = widget(canvas).shadowRoot!.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`no ${selector} yet`);
    return found;
  });

/** Ordered (cancellable), shipped, cancelled and delivered redemptions, with their timelines. */
export const Ready: Story = { name: 'Ready (mixed statuses)' };
export const ShowMore: Story = {
  name: 'Show more',
  args: { 'page-size': 3 },
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part="more-button"]')).click();
    await waitFor(() => expect(widget(canvasElement).shadowRoot!.querySelectorAll('li[part~="item"]').length).toBe(6));
  },
};

export const Loading: Story = { tags: ['loading-state'], args: { scenario: 'loading' } };
/** A partner that joined last week: nothing redeemed yet. */
export const Empty: Story = { name: 'Empty (new partner)', args: { scenario: 'empty' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: { scenario: 'network' } };
export const ErrorTokenExpired: Story = { name: 'Error: token expired', args: { scenario: 'token-expired' } };

/** "Cancel redemption" opens the confirm step in place; focus moves to it. */
export const CancelConfirm: Story = {
  name: 'Cancel: confirm step',
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part="cancel-button"]')).click();
    await find(canvasElement, '[part~="confirm"]');
  },
};

/** Confirmed: the item shows Cancelled and a status message says the points are back. */
export const Cancelled: Story = {
  name: 'Cancel: done',
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part="cancel-button"]')).click();
    (await find(canvasElement, '[part~="confirm-button"]')).click();
    await find(canvasElement, '.outcome .returned');
  },
};

/** The supplier shipped it meanwhile: the failure is shown next to the item. */
export const CancelTooLate: Story = {
  name: 'Cancel: too late (INVALID_TRANSITION)',
  args: { cancel: 'INVALID_TRANSITION' },
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part="cancel-button"]')).click();
    (await find(canvasElement, '[part~="confirm-button"]')).click();
    await find(canvasElement, 'li [part~="error"]');
  },
};

export const English: Story = { args: { partner: 'silver' }, globals: { locale: 'en' } };
/** Reward names come localized from the server; dates in the Buddhist calendar. */
export const Thai: Story = { args: { partner: 'platinum' }, globals: { locale: 'th' } };
export const Norwegian: Story = { name: 'Norwegian (bokmål)', args: { partner: 'gold' }, globals: { locale: 'nb' } };
export const Malay: Story = { args: { partner: 'bronze' }, globals: { locale: 'ms' } };

export const Dark: Story = { globals: { theme: 'dark' } };
export const DarkCancelConfirm: Story = { name: 'Dark, cancel confirm step', globals: { theme: 'dark' }, play: CancelConfirm.play };
