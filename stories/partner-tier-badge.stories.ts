import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { localeAttribute, transportFor, widgetArgTypes, widgetArgs, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  variant: 'full' | 'compact';
}

const meta = {
  title: 'Widgets/Tier badge',
  component: 'partner-tier-badge',
  args: { ...widgetArgs, variant: 'full' },
  argTypes: {
    ...widgetArgTypes,
    variant: {
      control: 'inline-radio',
      options: ['full', 'compact'],
      description: '`full` shows a labelled badge; `compact` is a pill for headers.',
      table: { category: 'attributes', type: { summary: "'full' | 'compact'" }, defaultValue: { summary: 'full' } },
    },
  },
  render: (args, { globals }) => html`
    <partner-portal .transport=${transportFor(args)} locale=${globals.locale} @partner-load=${args.onPartnerLoad} @partner-error=${args.onPartnerError}>
      <partner-tier-badge variant=${args.variant} locale=${localeAttribute(args)}></partner-tier-badge>
    </partner-portal>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Bronze: Story = { args: { partner: 'bronze' } };
export const Silver: Story = { args: { partner: 'silver' } };
export const Gold: Story = { args: { partner: 'gold' } };
export const Platinum: Story = { name: 'Platinum (top tier)', args: { partner: 'platinum' } };

export const Compact: Story = { args: { partner: 'gold', variant: 'compact' } };
export const CompactPlatinum: Story = { name: 'Compact, platinum', args: { partner: 'platinum', variant: 'compact' } };

export const Loading: Story = { tags: ['loading-state'], args: { scenario: 'loading' } };
export const LoadingCompact: Story = { name: 'Loading, compact', tags: ['loading-state'], args: { scenario: 'loading', variant: 'compact' } };
/** A partner that joined last week starts in the entry tier. */
export const Empty: Story = { name: 'Empty (new partner)', args: { scenario: 'empty' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: { scenario: 'network' } };
export const ErrorTokenExpired: Story = { name: 'Error: token expired', args: { scenario: 'token-expired' } };
export const ErrorForbidden: Story = { name: 'Error: forbidden', args: { scenario: 'forbidden' } };

export const English: Story = { args: { partner: 'silver' }, globals: { locale: 'en' } };
export const Thai: Story = { args: { partner: 'platinum' }, globals: { locale: 'th' } };
export const Norwegian: Story = { name: 'Norwegian (bokmål)', args: { partner: 'gold' }, globals: { locale: 'nb' } };
export const Malay: Story = { args: { partner: 'bronze' }, globals: { locale: 'ms' } };

export const Dark: Story = { args: { partner: 'gold' }, globals: { theme: 'dark' } };
export const DarkCompact: Story = { name: 'Dark, compact', args: { partner: 'platinum', variant: 'compact' }, globals: { theme: 'dark' } };
export const DarkError: Story = { name: 'Dark, error', args: { scenario: 'network' }, globals: { theme: 'dark' } };
