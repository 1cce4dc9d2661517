import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { PARTNER_DOMAINS, REFERRED_DOMAINS, referralsTransport } from './fixtures/referrals.js';
import { localeAttribute, widgetArgTypes, widgetArgs, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  /** The recorded backend refuses with RATE_LIMITED. */
  rateLimited: boolean;
  onPartnerReferralSubmit?: (event: Event) => void;
  onPartnerReferralSubmitted?: (event: Event) => void;
}

const meta = {
  title: 'Widgets/Referral form',
  component: 'partner-referral-form',
  args: { ...widgetArgs, partner: 'gold', rateLimited: false },
  argTypes: {
    ...widgetArgTypes,
    rateLimited: {
      control: 'boolean',
      description: 'The member already sent the most referrals allowed in 24 hours: the backend answers RATE_LIMITED. Otherwise it screens what is typed: the partner’s own domain, another partner’s (`siambuilders.co.th`), one already referred (`hamarmaskin.no`), `gmail.com` as the company, a webmail contact (flagged).',
      table: { category: 'recorded backend', defaultValue: { summary: 'false' } },
    },
  },
  render: (args, { globals }) => html`
    <partner-portal
      .transport=${referralsTransport({ scenario: args.scenario, partner: args.partner, latency: args.latency, failures: args.failures, rateLimited: args.rateLimited })}
      locale=${globals.locale}
      @partner-load=${args.onPartnerLoad}
      @partner-error=${args.onPartnerError}
      @partner-referral-submit=${args.onPartnerReferralSubmit}
      @partner-referral-submitted=${args.onPartnerReferralSubmitted}
    >
      <partner-referral-form locale=${localeAttribute(args)} style="max-inline-size: 32rem"></partner-referral-form>
    </partner-portal>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const widget = (canvas: HTMLElement) => canvas.querySelector('partner-referral-form')!;

const find = (canvas: HTMLElement, selector: string) =>
  waitFor(() => {
    const found = widget(canvas).shadowRoot!.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`no ${selector} yet`);
    return found;
  });

const COMPANY = { companyName: 'Hamar Maskin og Verktøy', domain: 'https://www.hamarmaskin-ny.no/', contactName: 'Line Strand', contactEmail: 'line.strand@hamarmaskin-ny.no' };

/** Types the values (input events, as a person's typing makes), ticks consent, sends. */
function fillAndSend(values: Partial<typeof COMPANY>, consent = true) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await find(canvasElement, 'form');
    const root = widget(canvasElement).shadowRoot!;
    for (const [field, value] of Object.entries(values)) {
      const input = root.querySelector<HTMLInputElement>(`#${field}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    if (consent) root.querySelector<HTMLInputElement>('#consent')!.click();
    root.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
  };
}

const expectDomainError = async (canvas: HTMLElement) => expect((await find(canvas, '#domain-error')).textContent).toBeTruthy();

/** An empty form, with the reward the program announces. */
export const Ready: Story = {};
/** The program's reward is on its way: the form can be filled already. */
export const Loading: Story = { tags: ['loading-state'], args: { scenario: 'loading' } };

/** "Send referral" on an empty form: every missing field says so, focus on the first. */
export const Required: Story = {
  name: 'Browser check: required',
  play: async (context) => {
    await fillAndSend({}, false)(context);
    await find(context.canvasElement, '#companyName-error');
  },
};
export const Formats: Story = {
  name: 'Browser check: formats',
  play: async (context) => {
    await fillAndSend({ companyName: 'Format AS', domain: 'not a domain', contactName: 'Fay', contactEmail: 'fay-at-format' })(context);
    await find(context.canvasElement, '#contactEmail-error');
  },
};

export const SelfReferral: Story = {
  name: 'Refused: own company (SELF_REFERRAL)',
  play: async (context) => {
    await fillAndSend({ ...COMPANY, domain: `shop.${PARTNER_DOMAINS.gold}` })(context);
    await expectDomainError(context.canvasElement);
  },
};
export const ExistingPartner: Story = {
  name: 'Refused: already a partner (EXISTING_PARTNER)',
  play: async (context) => {
    await fillAndSend({ ...COMPANY, domain: PARTNER_DOMAINS.platinum })(context);
    await expectDomainError(context.canvasElement);
  },
};
export const Duplicate: Story = {
  name: 'Refused: already referred (DUPLICATE_REFERRAL)',
  play: async (context) => {
    await fillAndSend({ ...COMPANY, domain: REFERRED_DOMAINS[0] })(context);
    await expectDomainError(context.canvasElement);
  },
};
/** A rule only the server knows (webmail providers): explained beside the domain all the same. */
export const FreeMailDomain: Story = {
  name: 'Refused: webmail company (FREE_MAIL_DOMAIN)',
  play: async (context) => {
    await fillAndSend({ ...COMPANY, domain: 'gmail.com', contactEmail: 'line@gmail.com' })(context);
    await expectDomainError(context.canvasElement);
  },
};
export const RateLimited: Story = {
  name: 'Refused: too many today (RATE_LIMITED)',
  args: { rateLimited: true },
  play: async (context) => {
    await fillAndSend(COMPANY)(context);
    await find(context.canvasElement, '[part="error"]');
  },
};
/** The program's reward could not be loaded: the form works; sending fails without a connection. */
export const ErrorNetwork: Story = {
  name: 'Error: network',
  args: { scenario: 'network' },
  play: async (context) => {
    await fillAndSend(COMPANY)(context);
    await find(context.canvasElement, '[part="error"]');
  },
};

export const Success: Story = {
  name: 'Sent',
  play: async (context) => {
    await fillAndSend(COMPANY)(context);
    await find(context.canvasElement, '[part="success"]');
  },
};
/** A webmail contact: accepted, and the member is told the supplier will check it. */
export const Flagged: Story = {
  name: 'Sent, flagged (free-mail contact)',
  play: async (context) => {
    await fillAndSend({ ...COMPANY, contactEmail: 'line.strand@gmail.com' })(context);
    await find(context.canvasElement, '[part="success"] .flagged');
  },
};

export const Thai: Story = { args: { partner: 'platinum' }, globals: { locale: 'th' }, play: Required.play };
export const Norwegian: Story = { name: 'Norwegian (bokmål)', globals: { locale: 'nb' }, play: SelfReferral.play };
export const Malay: Story = { args: { partner: 'bronze', rateLimited: true }, globals: { locale: 'ms' }, play: RateLimited.play };
export const Dark: Story = { globals: { theme: 'dark' }, play: Formats.play };
