import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { LedgerEntryType } from '../src/generated/graphql.js';
import { localeAttribute, transportFor, widgetArgTypes, widgetArgs, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  types: LedgerEntryType[];
  'page-size': number;
  onPartnerFilterChange?: (event: Event) => void;
}

const TYPES: LedgerEntryType[] = ['ACCRUAL', 'BONUS', 'REDEMPTION', 'REVERSAL', 'EXPIRY', 'ADJUSTMENT'];

const meta = {
  title: 'Widgets/Points history',
  component: 'partner-points-history',
  args: { ...widgetArgs, types: [], 'page-size': 10 },
  argTypes: {
    ...widgetArgTypes,
    types: {
      control: 'check',
      options: TYPES,
      description: 'Entry types to show (the `types` attribute, comma-separated); none shows everything.',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    'page-size': {
      control: { type: 'number', min: 1, max: 50 },
      description: 'Entries per page; "Show more" loads the next page.',
      table: { category: 'attributes', type: { summary: 'number' }, defaultValue: { summary: '10' } },
    },
  },
  render: (args, { globals }) => html`
    <partner-portal
      .transport=${transportFor(args)}
      locale=${globals.locale}
      @partner-load=${args.onPartnerLoad}
      @partner-error=${args.onPartnerError}
      @partner-filter-change=${args.onPartnerFilterChange}
    >
      <partner-points-history
        types=${args.types.join(',')}
        page-size=${args['page-size']}
        locale=${localeAttribute(args)}
        style="max-inline-size: 40rem"
      ></partner-points-history>
    </partner-portal>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The silver partner's last half year: orders (two still pending), rewards, courses, a survey, a refund, expiry. */
export const Ready: Story = { name: 'Ready (Silver)', args: { partner: 'silver' } };
export const Platinum: Story = { name: 'Platinum (top tier)', args: { partner: 'platinum' } };

/** Earned points only: order accruals and bonuses (courses, surveys, referrals). */
export const FilteredEarned: Story = { name: 'Filtered: accruals and bonuses', args: { types: ['ACCRUAL', 'BONUS'] } };
export const FilteredRedemptions: Story = { name: 'Filtered: redemptions', args: { types: ['REDEMPTION'] } };
/** A filter that matches nothing says so, instead of the "no activity yet" text. */
export const FilteredNothing: Story = { name: 'Filtered: nothing of this kind', args: { scenario: 'empty', types: ['EXPIRY'] } };

/** Pages of five: "Show more" follows the cursor; the play function loads the second page. */
export const ShowMore: Story = {
  name: 'Show more',
  args: { 'page-size': 5 },
  play: async ({ canvasElement }) => {
    const history = canvasElement.querySelector('partner-points-history')!;
    const entries = () => history.shadowRoot!.querySelectorAll('[part~="entry"]').length;
    const more = await waitFor(() => {
      const button = history.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]');
      if (!button) throw new Error('no "Show more" button yet');
      return button;
    });
    await expect(entries()).toBe(5);
    more.click();
    await waitFor(() => expect(entries()).toBe(10));
  },
};

export const Loading: Story = { tags: ['loading-state'], args: { scenario: 'loading' } };
/** A partner that joined last week: no activity yet. */
export const Empty: Story = { name: 'Empty (new partner)', args: { scenario: 'empty' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: { scenario: 'network' } };
export const ErrorTokenExpired: Story = { name: 'Error: token expired', args: { scenario: 'token-expired' } };

export const English: Story = { args: { partner: 'silver' }, globals: { locale: 'en' } };
/** Reasons, reward and course names come localized from the server; dates in the Buddhist calendar. */
export const Thai: Story = { args: { partner: 'platinum' }, globals: { locale: 'th' } };
export const Norwegian: Story = { name: 'Norwegian (bokmål)', args: { partner: 'gold' }, globals: { locale: 'nb' } };
export const Malay: Story = { args: { partner: 'bronze' }, globals: { locale: 'ms' } };

export const Dark: Story = { args: { partner: 'silver' }, globals: { theme: 'dark' } };
export const DarkFiltered: Story = { name: 'Dark, filtered', args: { types: ['REDEMPTION'] }, globals: { theme: 'dark' } };
