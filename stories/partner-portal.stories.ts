import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { PARTNERS } from './fixtures/index.js';
import { backendArgTypes, backendArgs, connectionArgTypes, transportFor, type BackendArgs } from './support.js';

interface Args extends BackendArgs {
  /** Custom properties the host page sets on <partner-portal>, e.g. `--partner-color-accent: #7a2e8e`. */
  theme: string;
  onPartnerLoad?: (event: Event) => void;
  onPartnerError?: (event: Event) => void;
  onPartnerTokenExpired?: (event: Event) => void;
  onPartnerFilterChange?: (event: Event) => void;
}

/** Every shadow root's elements matching `selector`, for play functions (widgets render in shadow DOM). */
function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepQueryAll(element.shadowRoot, selector));
  return found;
}

const meta = {
  title: 'Portal/Partner portal',
  component: 'partner-portal',
  args: { ...backendArgs, theme: '' },
  argTypes: {
    ...backendArgTypes,
    theme: {
      control: 'text',
      description: 'Custom properties the host page sets on `<partner-portal>` (any `--partner-*` token).',
      table: { category: 'css custom properties' },
    },
    ...connectionArgTypes,
    ...{
      transport: { control: false, description: 'A recorded backend in these stories (see the controls above).' },
      locale: { control: false, description: 'Set from the toolbar’s locale in these stories.' },
    },
  },
  parameters: { layout: 'fullscreen' },
  render: (args, { globals }) => html`
    <partner-portal
      .transport=${transportFor(args)}
      locale=${globals.locale}
      style=${args.theme}
      @partner-load=${args.onPartnerLoad}
      @partner-error=${args.onPartnerError}
      @partner-token-expired=${args.onPartnerTokenExpired}
      @partner-filter-change=${args.onPartnerFilterChange}
    >
      <div style="display: grid; gap: 16px; max-inline-size: 72rem">
        <header style="display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 12px">
          <strong style="font-size: 1.25rem">${PARTNERS[args.scenario === 'empty' ? 'new' : args.partner].name}</strong>
          <partner-tier-badge variant="compact"></partner-tier-badge>
        </header>
        <div style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr))">
          <partner-tier-progress></partner-tier-progress>
          <partner-points-balance></partner-points-balance>
        </div>
        <partner-points-history page-size="6"></partner-points-history>
      </div>
    </partner-portal>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The silver partner's dashboard: all four widgets share one client (one batched request). */
export const Dashboard: Story = { name: 'Dashboard (Silver)' };
export const Bronze: Story = { args: { partner: 'bronze' } };
export const Gold: Story = { args: { partner: 'gold' } };
export const Platinum: Story = { name: 'Platinum (top tier)', args: { partner: 'platinum' } };

export const Loading: Story = { tags: ['loading-state'], args: { scenario: 'loading' } };
export const Empty: Story = { name: 'Empty (new partner)', args: { scenario: 'empty' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: { scenario: 'network' } };
/** Nobody answers `partner-token-expired` here, so every widget says the session expired. */
export const ErrorTokenExpired: Story = { name: 'Error: token expired', args: { scenario: 'token-expired' } };
export const ErrorForbidden: Story = { name: 'Error: forbidden', args: { scenario: 'forbidden' } };

/** The network comes back: "Try again" in each widget loads it (the play function clicks them). */
export const RetryAfterNetworkError: Story = {
  name: 'Error: network, then retry',
  args: { scenario: 'network', failures: 1 },
  play: async ({ canvasElement }) => {
    const retries = await waitFor(() => {
      const buttons = deepQueryAll(canvasElement, '[part="retry-button"]') as HTMLButtonElement[];
      if (buttons.length < 4) throw new Error(`${buttons.length} of 4 widgets show the error yet`);
      return buttons;
    });
    for (const button of retries) button.click();
    await waitFor(() => expect(deepQueryAll(canvasElement, '[role="alert"]')).toHaveLength(0));
  },
};

export const English: Story = { globals: { locale: 'en' } };
export const Thai: Story = { args: { partner: 'platinum' }, globals: { locale: 'th' } };
export const Norwegian: Story = { name: 'Norwegian (bokmål)', args: { partner: 'gold' }, globals: { locale: 'nb' } };
export const Malay: Story = { args: { partner: 'bronze' }, globals: { locale: 'ms' } };

export const Dark: Story = { globals: { theme: 'dark' } };
export const DarkGold: Story = { name: 'Dark, gold', args: { partner: 'gold' }, globals: { theme: 'dark' } };
/** A host brand: its accent, corner radius and font through the public `--partner-*` tokens. */
export const BrandTheme: Story = {
  name: 'Brand theme',
  args: {
    partner: 'gold',
    theme: '--partner-color-accent: #6b2c91; --partner-radius: 2px; --partner-color-border: #c9b8d6; --partner-font-family: Georgia, serif',
  },
};
