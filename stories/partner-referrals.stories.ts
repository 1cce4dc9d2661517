import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { referralsTransport } from './fixtures/referrals.js';
import { localeAttribute, widgetArgTypes, widgetArgs, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  'page-size': number;
  mine: boolean;
  'refer-href': string;
}

const meta = {
  title: 'Widgets/Referrals',
  component: 'partner-referrals',
  args: { ...widgetArgs, partner: 'gold', 'page-size': 10, mine: false, 'refer-href': '#refer' },
  argTypes: {
    ...widgetArgTypes,
    'page-size': {
      control: { type: 'number', min: 1, max: 50 },
      description: 'Referrals per page; "Show more" loads the next page.',
      table: { category: 'attributes', type: { summary: 'number' }, defaultValue: { summary: '10' } },
    },
    mine: { control: 'boolean', description: 'Only the signed-in member’s referrals.', table: { category: 'attributes', defaultValue: { summary: 'false' } } },
    'refer-href': { control: 'text', description: 'Where the referral form is: the empty state links to it.', table: { category: 'attributes' } },
  },
  render: (args, { globals }) => html`
    <partner-portal
      .transport=${referralsTransport({ scenario: args.scenario, partner: args.partner, latency: args.latency, failures: args.failures })}
      locale=${globals.locale}
      @partner-load=${args.onPartnerLoad}
      @partner-error=${args.onPartnerError}
    >
      <partner-referrals page-size=${args['page-size']} ?mine=${args.mine} refer-href=${args['refer-href']} locale=${localeAttribute(args)} style="max-inline-size: 40rem"></partner-referrals>
    </partner-portal>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const widget = (canvas: HTMLElement) => canvas.querySelector('partner-referrals')!;

/** Submitted (flagged), qualified, became a partner, rejected (two reasons) and rewarded, with their timelines. */
export const Ready: Story = { name: 'Ready (every status)' };
export const ShowMore: Story = {
  name: 'Show more',
  args: { 'page-size': 3 },
  play: async ({ canvasElement }) => {
    const more = await waitFor(() => widget(canvasElement).shadowRoot!.querySelector<HTMLElement>('[part="more-button"]') ?? Promise.reject(new Error('no button yet')));
    more.click();
    await waitFor(() => expect(widget(canvasElement).shadowRoot!.querySelectorAll('li[part~="item"]').length).toBe(6));
  },
};
/** "Only my referrals": a colleague's referrals leave the list. */
export const OnlyMine: Story = { name: 'Only my referrals', args: { mine: true } };

export const Loading: Story = { tags: ['loading-state'], args: { scenario: 'loading' } };
/** A partner that joined last week: the invitation to refer, with a link to the form. */
export const Empty: Story = { name: 'Empty (new partner)', args: { scenario: 'empty' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: { scenario: 'network' } };
export const ErrorTokenExpired: Story = { name: 'Error: token expired', args: { scenario: 'token-expired' } };

export const Thai: Story = { args: { partner: 'platinum' }, globals: { locale: 'th' } };
export const Norwegian: Story = { name: 'Norwegian (bokmål)', globals: { locale: 'nb' } };
export const Malay: Story = { args: { partner: 'bronze' }, globals: { locale: 'ms' } };
export const Dark: Story = { globals: { theme: 'dark' } };
