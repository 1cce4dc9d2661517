import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { engagementTransport, type ChallengeState } from './fixtures/engagement.js';
import { localeAttribute, widgetArgTypes, widgetArgs, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  rows: number;
  /** The challenge the recorded backend has. */
  challenge: ChallengeState;
}

const meta = {
  title: 'Widgets/Leaderboard',
  component: 'partner-leaderboard',
  args: { ...widgetArgs, partner: 'new', rows: 10, challenge: 'running' },
  argTypes: {
    ...widgetArgTypes,
    rows: {
      control: { type: 'number', min: 1, max: 50 },
      description: 'How many top rows the table shows; the own rank is given below it when lower.',
      table: { category: 'attributes', type: { summary: 'number' }, defaultValue: { summary: '10' } },
    },
    challenge: {
      control: 'inline-radio',
      options: ['running', 'none', 'ending'],
      description: 'The monthly challenge; none running; or one that ends eight seconds after the answer.',
      table: { category: 'recorded backend', defaultValue: { summary: 'running' } },
    },
  },
  render: (args, { globals }) => html`
    <partner-portal
      .transport=${engagementTransport({ scenario: args.scenario, partner: args.partner, latency: args.latency, failures: args.failures, challenge: args.challenge })}
      locale=${globals.locale}
      @partner-load=${args.onPartnerLoad}
      @partner-error=${args.onPartnerError}
    >
      <partner-leaderboard rows=${args.rows} locale=${localeAttribute(args)} style="max-inline-size: 40rem"></partner-leaderboard>
    </partner-portal>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The new partner takes part: its row is highlighted (it sees its own name; others see it anonymized), partners that did not opt in are anonymous. */
export const Ready: Story = { name: 'Ready (taking part)' };
/** Only the top two rows: the own rank is given below the table. */
export const OwnRowBelow: Story = { name: 'Own rank below the table', args: { rows: 2 } };
/** A partner past the first six months may follow the ranking but not take part. */
export const NotEligible: Story = { name: 'Not eligible', args: { partner: 'gold' } };
/** Ends eight seconds after the answer: the countdown turns into "ended" without a request. */
export const Ending: Story = { name: 'Countdown: ends in seconds', args: { challenge: 'ending' } };

export const Loading: Story = { tags: ['loading-state'], args: { scenario: 'loading' } };
/** No challenge running. */
export const Empty: Story = { name: 'Empty (no challenge)', args: { challenge: 'none' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: { scenario: 'network' } };
export const ErrorTokenExpired: Story = { name: 'Error: token expired', args: { scenario: 'token-expired' } };

export const English: Story = { globals: { locale: 'en' } };
export const Thai: Story = { globals: { locale: 'th' } };
export const Norwegian: Story = { name: 'Norwegian (bokmål)', globals: { locale: 'nb' } };
export const Malay: Story = { globals: { locale: 'ms' } };

export const Dark: Story = { globals: { theme: 'dark' } };
