import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { materialsTransport } from './fixtures/materials.js';
import { localeAttribute, widgetArgTypes, widgetArgs, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  type: '' | 'CATALOG' | 'BROCHURE' | 'POS' | 'BANNER' | 'LOGO' | 'VIDEO';
  'product-line': string;
  language: '' | 'en' | 'th' | 'nb' | 'ms';
  search: string;
  'page-size': number;
  /** How the recorded backend answers "Download". */
  download: 'ok' | 'NOT_FOUND' | 'never';
  onPartnerFilterChange?: (event: Event) => void;
  onPartnerMaterialDownload?: (event: Event) => void;
}

const attribute = (summary: string, defaultValue?: string) => ({ table: { category: 'attributes', type: { summary }, ...(defaultValue ? { defaultValue: { summary: defaultValue } } : {}) } });

const meta = {
  title: 'Widgets/Marketing materials',
  component: 'partner-materials',
  args: { ...widgetArgs, type: '', 'product-line': '', language: '', search: '', 'page-size': 6, download: 'ok' },
  argTypes: {
    ...widgetArgTypes,
    type: { control: 'select', options: ['', 'CATALOG', 'BROCHURE', 'POS', 'BANNER', 'LOGO', 'VIDEO'], description: 'Only materials of this type.', ...attribute('MaterialType') },
    'product-line': { control: 'select', options: ['', 'power-tools', 'hand-tools', 'fasteners', 'safety', 'brand'], description: 'Only materials of this product line.', ...attribute('string') },
    language: { control: 'inline-radio', options: ['', 'en', 'th', 'nb', 'ms'], description: 'Only materials in this language.', ...attribute('string') },
    search: { control: 'text', description: 'Search text (title, description, product line).', ...attribute('string') },
    'page-size': { control: { type: 'number', min: 1, max: 50 }, description: 'Materials per page; "Show more" loads the next page.', ...attribute('number', '12') },
    download: {
      control: 'inline-radio',
      options: ['ok', 'NOT_FOUND', 'never'],
      description: 'How the recorded backend answers "Download": counted (a small text file downloads), the material was withdrawn meanwhile, or no answer.',
      table: { category: 'recorded backend', defaultValue: { summary: 'ok' } },
    },
  },
  render: (args, { globals }) => html`
    <partner-portal
      .transport=${materialsTransport({ scenario: args.scenario, partner: args.partner, latency: args.latency, failures: args.failures, download: args.download })}
      locale=${globals.locale}
      @partner-load=${args.onPartnerLoad}
      @partner-error=${args.onPartnerError}
      @partner-filter-change=${args.onPartnerFilterChange}
      @partner-material-download=${args.onPartnerMaterialDownload}
    >
      <partner-materials
        type=${args.type || nothing}
        product-line=${args['product-line'] || nothing}
        language=${args.language || nothing}
        search=${args.search || nothing}
        page-size=${args['page-size']}
        locale=${localeAttribute(args)}
      ></partner-materials>
    </partner-portal>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const widget = (canvas: HTMLElement) => canvas.querySelector('partner-materials')!;

/** Waits for an element in the widget's shadow root. */
const find = (canvas: HTMLElement, selector: string) =>
  waitFor(() => {
    const found = widget(canvas).shadowRoot!.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`no ${selector} yet`);
    return found;
  });

/**
 * "Download" on the first material. The file a story downloads is caught first: the checks
 * that run every story would take a download for a failed request.
 */
async function downloadFirst(canvas: HTMLElement) {
  const materials = widget(canvas);
  materials.addEventListener('click', (event) => event.composedPath()[0] instanceof HTMLAnchorElement && event.preventDefault(), true);
  (await find(canvas, '[part="download-button"]')).click();
}

/** Newest first: "New" on what was published in the last 30 days; previews keep their box. */
export const Ready: Story = {};
export const ShowMore: Story = {
  name: 'Show more',
  args: { 'page-size': 4 },
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part="more-button"]')).click();
    await waitFor(() => expect(widget(canvasElement).shadowRoot!.querySelectorAll('li[part~="material"]').length).toBe(8));
  },
};

/** A deep link: the host set the filters and search as attributes. */
export const Filtered: Story = { name: 'Filtered (videos in English)', args: { type: 'VIDEO', language: 'en' } };
export const Searched: Story = { name: 'Search', args: { search: 'anchor' } };
export const NoMatch: Story = { name: 'Nothing matches (Clear filters)', args: { type: 'LOGO', search: 'drill' } };

export const Loading: Story = { tags: ['loading-state'], args: { scenario: 'loading' } };
/** A library with nothing published yet. */
export const Empty: Story = { name: 'Empty library', args: { scenario: 'empty' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: { scenario: 'network' } };
export const ErrorTokenExpired: Story = { name: 'Error: token expired', args: { scenario: 'token-expired' } };

/** The server is counting the download: the button says so and ignores further clicks. */
export const Downloading: Story = {
  name: 'Download: being counted',
  args: { download: 'never' },
  play: async ({ canvasElement }) => {
    await downloadFirst(canvasElement);
    await waitFor(() => expect(widget(canvasElement).shadowRoot!.querySelector('[part="download-button"]')!.getAttribute('aria-disabled')).toBe('true'));
  },
};

/** Counted: the browser got the file, a status message says the download started. */
export const Downloaded: Story = {
  name: 'Download: started',
  play: async ({ canvasElement }) => {
    await downloadFirst(canvasElement);
    await waitFor(() => expect(widget(canvasElement).shadowRoot!.querySelector('li [role="status"]')!.textContent).not.toBe(''));
  },
};

/** The supplier withdrew the material meanwhile: said in place. */
export const DownloadWithdrawn: Story = {
  name: 'Download: withdrawn (NOT_FOUND)',
  args: { download: 'NOT_FOUND' },
  play: async ({ canvasElement }) => {
    await downloadFirst(canvasElement);
    await find(canvasElement, 'li [part~="error"]');
  },
};

export const English: Story = { globals: { locale: 'en' } };
/** Titles and descriptions come localized from the server; sizes and language names through `Intl`. */
export const Thai: Story = { globals: { locale: 'th' } };
export const Norwegian: Story = { name: 'Norwegian (bokmål)', globals: { locale: 'nb' } };
export const Malay: Story = { name: 'Malay (downloaded)', globals: { locale: 'ms' }, play: Downloaded.play };

export const Dark: Story = { globals: { theme: 'dark' } };
export const DarkNoMatch: Story = { name: 'Dark, nothing matches', args: NoMatch.args, globals: { theme: 'dark' } };
