import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { localeAttribute, transportFor, widgetArgTypes, widgetArgs, type WidgetArgs } from './support.js';

const meta = {
  title: 'Widgets/Points balance',
  component: 'partner-points-balance',
  args: { ...widgetArgs },
  argTypes: { ...widgetArgTypes },
  render: (args, { globals }) => html`
    <partner-portal .transport=${transportFor(args)} locale=${globals.locale} @partner-load=${args.onPartnerLoad} @partner-error=${args.onPartnerError}>
      <partner-points-balance locale=${localeAttribute(args)} style="max-inline-size: 28rem"></partner-points-balance>
    </partner-portal>
  `,
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs>;

/** Points from two recent orders still pending; 640 points expire within 30 days. */
export const Ready: Story = { name: 'Ready (Silver)', args: { partner: 'silver' } };
export const Bronze: Story = { args: { partner: 'bronze' } };
/** Nothing expires in the next 30 days. */
export const Gold: Story = { args: { partner: 'gold' } };
export const Platinum: Story = { name: 'Platinum (top tier)', args: { partner: 'platinum' } };

export const Loading: Story = { tags: ['loading-state'], args: { scenario: 'loading' } };
/** A partner that joined last week: no points yet. */
export const Empty: Story = { name: 'Empty (new partner)', args: { scenario: 'empty' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: { scenario: 'network' } };
export const ErrorTokenExpired: Story = { name: 'Error: token expired', args: { scenario: 'token-expired' } };

export const English: Story = { args: { partner: 'silver' }, globals: { locale: 'en' } };
export const Thai: Story = { args: { partner: 'platinum' }, globals: { locale: 'th' } };
export const Norwegian: Story = { name: 'Norwegian (bokmål)', args: { partner: 'gold' }, globals: { locale: 'nb' } };
export const Malay: Story = { args: { partner: 'bronze' }, globals: { locale: 'ms' } };

/** The expiring-soon warning in the dark palette. */
export const Dark: Story = { args: { partner: 'silver' }, globals: { theme: 'dark' } };
export const DarkEmpty: Story = { name: 'Dark, empty', args: { scenario: 'empty' }, globals: { theme: 'dark' } };
