import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { webinarsTransport, type RegistrationAnswer, type WebinarsSet } from './fixtures/webinars.js';
import { localeAttribute, widgetArgTypes, widgetArgs, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  'page-size': number;
  /** Which webinars the recorded backend has. */
  webinars: WebinarsSet;
  /** How the recorded backend answers Register and Unregister. */
  registration: RegistrationAnswer;
  onPartnerWebinarRegister?: (event: Event) => void;
  onPartnerWebinarRegistered?: (event: Event) => void;
}

const meta = {
  title: 'Widgets/Webinars',
  component: 'partner-webinars',
  args: { ...widgetArgs, partner: 'silver', 'page-size': 10, webinars: 'seeded', registration: 'ok' },
  argTypes: {
    ...widgetArgTypes,
    'page-size': {
      control: { type: 'number', min: 1, max: 50 },
      description: 'Webinars per list and page; "Show more" loads the next page.',
      table: { category: 'attributes', type: { summary: 'number' }, defaultValue: { summary: '10' } },
    },
    webinars: {
      control: 'inline-radio',
      options: ['seeded', 'live', 'none'],
      description: 'The demo’s webinars (open, one seat left, fully booked; recorded and not); those plus one live now; none at all.',
      table: { category: 'recorded backend', defaultValue: { summary: 'seeded' } },
    },
    registration: {
      control: 'inline-radio',
      options: ['ok', 'WEBINAR_FULL', 'NOT_AVAILABLE', 'INTERNAL_SERVER_ERROR'],
      description: 'How the recorded backend answers Register/Unregister: as asked, someone took the last seat, the webinar is over, or a failure.',
      table: { category: 'recorded backend', defaultValue: { summary: 'ok' } },
    },
  },
  render: (args, { globals }) => html`
    <partner-portal
      .transport=${webinarsTransport({
        scenario: args.scenario,
        partner: args.partner,
        latency: args.latency,
        failures: args.failures,
        webinars: args.webinars,
        registration: args.registration,
      })}
      locale=${globals.locale}
      @partner-load=${args.onPartnerLoad}
      @partner-error=${args.onPartnerError}
      @partner-webinar-register=${args.onPartnerWebinarRegister}
      @partner-webinar-registered=${args.onPartnerWebinarRegistered}
    >
      <partner-webinars page-size=${args['page-size']} locale=${localeAttribute(args)} style="max-inline-size: 40rem"></partner-webinars>
    </partner-portal>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const widget = (canvas: HTMLElement) => canvas.querySelector('partner-webinars')!;

/** Waits for an element in the widget's shadow root. */
const find = (canvas: HTMLElement, selector: string) =>
  waitFor(() => {
    const found = widget(canvas).shadowRoot!.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`no ${selector} yet`);
    return found;
  });

const inWebinar = (id: string, part: string) => `li[data-id="${id}"] [part~="${part}"]`;

/** Clicks Register on the anchor clinic (one seat left). */
const registerForClinic = async (canvas: HTMLElement) => (await find(canvas, inWebinar('web_anchor_clinic', 'register-button'))).click();

/** Registered for the XR18 line-up (join link, Add to calendar); one seat left at the clinic; the service workshop full; past webinars with and without a recording. */
export const Ready: Story = {};
/** A webinar that started ten minutes ago: "Live now". */
export const Live: Story = { name: 'Live now', args: { webinars: 'live' } };
/** Registered: the join link and "Add to calendar" appear; the seats are the server's. */
export const Registered: Story = {
  name: 'Register: done',
  play: async ({ canvasElement }) => {
    await registerForClinic(canvasElement);
    await find(canvasElement, inWebinar('web_anchor_clinic', 'join-link'));
    await waitFor(() => expect(widget(canvasElement).shadowRoot!.querySelector(inWebinar('web_anchor_clinic', 'seats'))!.textContent).toContain('Full'));
  },
};
/** "Unregister" opens the confirm step in place; focus moves to it. */
export const UnregisterConfirm: Story = {
  name: 'Unregister: confirm step',
  play: async ({ canvasElement }) => {
    (await find(canvasElement, inWebinar('web_xr18_lineup', 'unregister-button'))).click();
    await find(canvasElement, inWebinar('web_xr18_lineup', 'confirm'));
  },
};
export const Unregistered: Story = {
  name: 'Unregister: done',
  play: async ({ canvasElement }) => {
    (await find(canvasElement, inWebinar('web_xr18_lineup', 'unregister-button'))).click();
    (await find(canvasElement, inWebinar('web_xr18_lineup', 'confirm-button'))).click();
    await find(canvasElement, inWebinar('web_xr18_lineup', 'register-button'));
  },
};
/** Someone else took the last seat meanwhile: explained next to the webinar, which shows Full. */
export const RegisterFull: Story = {
  name: 'Register: full meanwhile (WEBINAR_FULL)',
  args: { registration: 'WEBINAR_FULL' },
  play: async ({ canvasElement }) => {
    await registerForClinic(canvasElement);
    await find(canvasElement, inWebinar('web_anchor_clinic', 'error'));
  },
};
/** The webinar ended while the page was open. */
export const RegisterOver: Story = {
  name: 'Register: over (NOT_AVAILABLE)',
  args: { registration: 'NOT_AVAILABLE' },
  play: async ({ canvasElement }) => {
    await registerForClinic(canvasElement);
    await find(canvasElement, inWebinar('web_anchor_clinic', 'error'));
  },
};
export const RegisterFailed: Story = {
  name: 'Register: failed',
  args: { registration: 'INTERNAL_SERVER_ERROR' },
  play: async ({ canvasElement }) => {
    await registerForClinic(canvasElement);
    await find(canvasElement, inWebinar('web_anchor_clinic', 'error'));
  },
};
export const ShowMore: Story = {
  name: 'Show more',
  args: { 'page-size': 2 },
  play: async ({ canvasElement }) => {
    const buttons = await waitFor(() => {
      const found = widget(canvasElement).shadowRoot!.querySelectorAll<HTMLElement>('[part="more-button"]');
      if (found.length < 2) throw new Error('no "Show more" yet');
      return found;
    });
    buttons[1]!.click();
    await waitFor(() => expect(widget(canvasElement).shadowRoot!.querySelectorAll('li[part="webinar"]').length).toBe(5));
  },
};

export const Loading: Story = { tags: ['loading-state'], args: { scenario: 'loading' } };
/** No webinars planned and none held yet. */
export const Empty: Story = { name: 'Empty (no webinars)', args: { webinars: 'none' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: { scenario: 'network' } };
export const ErrorTokenExpired: Story = { name: 'Error: token expired', args: { scenario: 'token-expired' } };

export const English: Story = { args: { partner: 'silver' }, globals: { locale: 'en' } };
/** Titles come localized from the server; dates in the Buddhist calendar. */
export const Thai: Story = { args: { partner: 'platinum' }, globals: { locale: 'th' } };
export const Norwegian: Story = { name: 'Norwegian (bokmål)', args: { partner: 'gold' }, globals: { locale: 'nb' } };
export const Malay: Story = { args: { partner: 'bronze', webinars: 'live' }, globals: { locale: 'ms' } };

export const Dark: Story = { globals: { theme: 'dark' } };
export const DarkUnregisterConfirm: Story = { name: 'Dark, unregister confirm step', globals: { theme: 'dark' }, play: UnregisterConfirm.play };
