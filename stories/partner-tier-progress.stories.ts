import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { localeAttribute, transportFor, widgetArgTypes, widgetArgs, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  /** `--partner-tier-progress-bar-color` on the host page (empty: the accent colour). */
  barColor: string;
}

const meta = {
  title: 'Widgets/Tier progress',
  component: 'partner-tier-progress',
  args: { ...widgetArgs, barColor: '' },
  argTypes: {
    ...widgetArgTypes,
    barColor: {
      name: '--partner-tier-progress-bar-color',
      control: 'color',
      description: 'The bar fill, set by the host page (defaults to `--partner-color-accent`).',
      table: { category: 'css custom properties' },
    },
  },
  render: (args, { globals }) => html`
    <partner-portal
      .transport=${transportFor(args)}
      locale=${globals.locale}
      style=${args.barColor ? `--partner-tier-progress-bar-color: ${args.barColor}` : ''}
      @partner-load=${args.onPartnerLoad}
      @partner-error=${args.onPartnerError}
    >
      <partner-tier-progress locale=${localeAttribute(args)} style="max-inline-size: 34rem"></partner-tier-progress>
    </partner-portal>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Bronze, 68 % of the way to Silver. */
export const Bronze: Story = { args: { partner: 'bronze' } };
/** Silver, on the way to Gold (with its benefits). */
export const Silver: Story = { args: { partner: 'silver' } };
/** Gold, a third of the way to Platinum, the tier with the most benefits. */
export const Gold: Story = { args: { partner: 'gold' } };
/** The top tier has no next tier: a thank-you and the qualifying spend. */
export const Platinum: Story = { name: 'Platinum (top tier)', args: { partner: 'platinum' } };

export const Loading: Story = { tags: ['loading-state'], args: { scenario: 'loading' } };
/** A partner that joined last week: nothing spent yet, the whole way to Silver ahead. */
export const Empty: Story = { name: 'Empty (new partner)', args: { scenario: 'empty' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: { scenario: 'network' } };
export const ErrorTokenExpired: Story = { name: 'Error: token expired', args: { scenario: 'token-expired' } };

export const English: Story = { args: { partner: 'silver' }, globals: { locale: 'en' } };
/** Thai: Buddhist-calendar dates and localized tier names and benefits from the server. */
export const Thai: Story = { args: { partner: 'gold' }, globals: { locale: 'th' } };
export const Norwegian: Story = { name: 'Norwegian (bokmål)', args: { partner: 'gold' }, globals: { locale: 'nb' } };
export const Malay: Story = { args: { partner: 'bronze' }, globals: { locale: 'ms' } };

export const Dark: Story = { args: { partner: 'silver' }, globals: { theme: 'dark' } };
export const DarkTopTier: Story = { name: 'Dark, top tier', args: { partner: 'platinum' }, globals: { theme: 'dark' } };
/** The host page colours the bar with its brand colour. */
export const CustomBarColour: Story = { name: 'Custom bar colour', args: { partner: 'gold', barColor: '#8a6d00' } };
