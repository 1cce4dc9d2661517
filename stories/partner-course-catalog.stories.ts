import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { trainingTransport } from './fixtures/training.js';
import { localeAttribute, widgetArgTypes, widgetArgs, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  topic: string;
  level: '' | 'BEGINNER' | 'INTERMEDIATE' | 'ADVANCED';
  status: '' | 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';
  'page-size': number;
  /** The program offers no course at all. */
  noCourses: boolean;
  onPartnerCourseOpen?: (event: Event) => void;
  onPartnerFilterChange?: (event: Event) => void;
}

const meta = {
  title: 'Widgets/Course catalog',
  component: 'partner-course-catalog',
  args: { ...widgetArgs, partner: 'gold', topic: '', level: '', status: '', 'page-size': 12, noCourses: false },
  argTypes: {
    ...widgetArgTypes,
    topic: {
      control: 'select',
      options: ['', 'product-knowledge', 'sales', 'installation', 'safety'],
      description: 'Only courses of this topic code.',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    level: {
      control: 'select',
      options: ['', 'BEGINNER', 'INTERMEDIATE', 'ADVANCED'],
      description: 'Only courses of this level.',
      table: { category: 'attributes', type: { summary: 'BEGINNER | INTERMEDIATE | ADVANCED' } },
    },
    status: {
      control: 'select',
      options: ['', 'NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'],
      description: 'Only courses the member has not started, has in progress, or has completed.',
      table: { category: 'attributes', type: { summary: 'NOT_STARTED | IN_PROGRESS | COMPLETED' } },
    },
    'page-size': {
      control: { type: 'number', min: 1, max: 50 },
      description: 'Courses per page; "Show more" loads the next page.',
      table: { category: 'attributes', type: { summary: 'number' }, defaultValue: { summary: '12' } },
    },
    noCourses: {
      control: 'boolean',
      description: 'The recorded program offers no course at all.',
      table: { category: 'recorded backend', defaultValue: { summary: 'false' } },
    },
  },
  render: (args, { globals }) => html`
    <partner-portal
      .transport=${trainingTransport({ scenario: args.scenario, partner: args.partner, latency: args.latency, failures: args.failures, noCourses: args.noCourses })}
      locale=${globals.locale}
      @partner-load=${args.onPartnerLoad}
      @partner-error=${args.onPartnerError}
      @partner-course-open=${args.onPartnerCourseOpen}
      @partner-filter-change=${args.onPartnerFilterChange}
    >
      <partner-course-catalog
        topic=${args.topic || nothing}
        level=${args.level || nothing}
        status=${args.status || nothing}
        page-size=${args['page-size']}
        locale=${localeAttribute(args)}
      ></partner-course-catalog>
    </partner-portal>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const widget = (canvas: HTMLElement) => canvas.querySelector('partner-course-catalog')!;
const find = (canvas: HTMLElement, selector: string) =>
  waitFor(() => {
    const found = widget(canvas).shadowRoot!.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`no ${selector} yet`);
    return found;
  });

/** Completed courses (with their certificate), one in progress, the others not started. */
export const Ready: Story = { name: 'Ready (every status)' };
export const Filtered: Story = { name: 'Filtered (topic: safety)', args: { topic: 'safety' } };
export const InProgressOnly: Story = { name: 'Filtered (status: in progress)', args: { status: 'IN_PROGRESS' } };
export const NoMatch: Story = { name: 'Nothing matches (clear filters)', args: { partner: 'new', status: 'COMPLETED' } };
export const ShowMore: Story = {
  name: 'Show more',
  args: { 'page-size': 2 },
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part="more-button"]')).click();
    await waitFor(() => expect(widget(canvasElement).shadowRoot!.querySelectorAll('[part~="course"]').length).toBe(4));
  },
};
/** A partner that joined last week: every course still to start. */
export const NewPartner: Story = { name: 'New partner (nothing started)', args: { scenario: 'empty' } };
export const Empty: Story = { name: 'Empty (no courses)', args: { noCourses: true } };
export const Loading: Story = { tags: ['loading-state'], args: { scenario: 'loading' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: { scenario: 'network' } };
export const ErrorTokenExpired: Story = { name: 'Error: token expired', args: { scenario: 'token-expired' } };

export const English: Story = { args: { partner: 'silver' }, globals: { locale: 'en' } };
/** Titles and topics come localized from the server; durations and points as Thai readers write them. */
export const Thai: Story = { args: { partner: 'platinum' }, globals: { locale: 'th' } };
export const Norwegian: Story = { name: 'Norwegian (bokmål)', args: { partner: 'gold' }, globals: { locale: 'nb' } };
export const Malay: Story = { args: { partner: 'bronze' }, globals: { locale: 'ms' } };
export const Dark: Story = { globals: { theme: 'dark' } };
