import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { waitFor } from 'storybook/test';
import { npsSurveyTransport, type NpsSubmitOutcome } from './fixtures/nps-survey.js';
import { localeAttribute, widgetArgTypes, widgetArgs, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  /** The member answered this quarter already. */
  answered: boolean;
  /** Points for answering. */
  pointsReward: number;
  /** How the recorded backend answers "Send answer". */
  submit: NpsSubmitOutcome;
  onPartnerNpsSubmit?: (event: Event) => void;
  onPartnerNpsSubmitted?: (event: Event) => void;
}

const meta = {
  title: 'Widgets/NPS survey',
  component: 'partner-nps-survey',
  args: { ...widgetArgs, partner: 'gold', answered: false, pointsReward: 50, submit: 'ok' },
  argTypes: {
    ...widgetArgTypes,
    answered: {
      control: 'boolean',
      description: 'The member answered this quarter’s survey already: the widget says when, and when the next one opens.',
      table: { category: 'recorded backend', defaultValue: { summary: 'false' } },
    },
    pointsReward: {
      control: { type: 'number', min: 0, step: 10 },
      description: 'Points the program awards for answering (0: no reward line).',
      table: { category: 'recorded backend', defaultValue: { summary: '50' } },
    },
    submit: {
      control: 'select',
      options: ['ok', 'ALREADY_ANSWERED', 'BAD_USER_INPUT', 'network', 'hang'],
      description: 'How the recorded backend answers "Send answer": it works, answered in another tab meanwhile, a comment it refuses, no connection, or no answer at all.',
      table: { category: 'recorded backend', defaultValue: { summary: 'ok' } },
    },
  },
  render: (args, { globals }) => html`
    <partner-portal
      .transport=${npsSurveyTransport({
        scenario: args.scenario,
        partner: args.partner,
        latency: args.latency,
        failures: args.failures,
        answered: args.answered,
        pointsReward: args.pointsReward,
        submit: args.submit,
      })}
      locale=${globals.locale}
      @partner-load=${args.onPartnerLoad}
      @partner-error=${args.onPartnerError}
      @partner-nps-submit=${args.onPartnerNpsSubmit}
      @partner-nps-submitted=${args.onPartnerNpsSubmitted}
    >
      <partner-nps-survey locale=${localeAttribute(args)} style="max-inline-size: 36rem"></partner-nps-survey>
    </partner-portal>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const widget = (canvas: HTMLElement) => canvas.querySelector('partner-nps-survey')!;

/** Waits for an element in the widget's shadow root. */
const find = <T extends HTMLElement = HTMLElement>(canvas: HTMLElement, selector: string) =>
  waitFor(() => {
    const found = widget(canvas).shadowRoot!.querySelector<T>(selector);
    if (!found) throw new Error(`no ${selector} yet`);
    return found;
  });

/** Chooses `score`, writes a comment and sends. */
const answer =
  (score: number, comment = 'Fast delivery and a helpful account manager.') =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    (await find<HTMLInputElement>(canvasElement, `input[value="${score}"]`)).click();
    (await find<HTMLTextAreaElement>(canvasElement, 'textarea')).value = comment;
    (await find(canvasElement, '[part="submit-button"]')).click();
  };

/** The question, the 0–10 scale, the comment and the points answering earns. */
export const Ready: Story = {};
/** A program that gives no points for answering: no reward line. */
export const NoReward: Story = { name: 'Ready, no reward', args: { pointsReward: 0 } };

export const Loading: Story = { tags: ['loading-state'], args: { scenario: 'loading' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: { scenario: 'network' } };
export const ErrorTokenExpired: Story = { name: 'Error: token expired', args: { scenario: 'token-expired' } };

/** "Send answer" without a score: the error is tied to the scale, focus moves to it. */
export const NoScore: Story = {
  name: 'Validation: no score',
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[part="submit-button"]')).click();
    await find(canvasElement, '.invalid');
  },
};

/** The answer is on its way: "Sending…", the button stays focusable but sends nothing more. */
export const Submitting: Story = {
  name: 'Sending',
  args: { submit: 'hang' },
  play: async (context) => {
    await answer(9)(context);
    await waitFor(() => {
      if (widget(context.canvasElement).shadowRoot!.querySelector('[part="submit-button"]')?.getAttribute('aria-disabled') !== 'true') throw new Error('not sending yet');
    });
  },
};

/** Sent: the thank-you with the points earned (every balance on the page refreshes). */
export const ThankYou: Story = {
  name: 'Thank you',
  play: async (context) => {
    await answer(9)(context);
    await find(context.canvasElement, '[part="thanks"]');
  },
};

export const ThankYouNoPoints: Story = {
  name: 'Thank you, no reward',
  args: { pointsReward: 0 },
  play: ThankYou.play,
};

/** This quarter's survey is answered: when, and when the next one opens. */
export const Answered: Story = { name: 'Already answered this quarter', args: { answered: true } };

/** Answered in another tab after this one loaded: the server's ALREADY_ANSWERED, explained in place. */
export const AnsweredElsewhere: Story = {
  name: 'Refused: answered in another tab (ALREADY_ANSWERED)',
  args: { submit: 'ALREADY_ANSWERED' },
  play: async (context) => {
    await answer(4)(context);
    await find(context.canvasElement, '[part="answered"]');
  },
};

/** A comment the server refuses (a script set more than the textarea allows). */
export const CommentRefused: Story = {
  name: 'Refused: comment too long (BAD_USER_INPUT)',
  args: { submit: 'BAD_USER_INPUT' },
  play: async (context) => {
    await answer(7, 'x'.repeat(2001))(context);
    await find(context.canvasElement, '[part="error"]');
  },
};

/** No connection when sending: explained in place; the score and comment stay for the retry. */
export const SendFailed: Story = {
  name: 'Send failed: network',
  args: { submit: 'network' },
  play: async (context) => {
    await answer(3, 'Deliveries were late twice this month.')(context);
    await find(context.canvasElement, '[part="error"]');
  },
};

export const English: Story = { args: { partner: 'silver' }, globals: { locale: 'en' } };
/** The question comes localized from the server; dates in the Buddhist calendar. */
export const Thai: Story = { args: { partner: 'platinum' }, globals: { locale: 'th' } };
export const ThaiAnswered: Story = { name: 'Thai, already answered', args: { partner: 'platinum', answered: true }, globals: { locale: 'th' } };
export const Norwegian: Story = { name: 'Norwegian (bokmål)', args: { partner: 'gold' }, globals: { locale: 'nb' } };
export const Malay: Story = { args: { partner: 'bronze' }, globals: { locale: 'ms' } };

export const Dark: Story = { globals: { theme: 'dark' } };
export const DarkThankYou: Story = { name: 'Dark, thank you', globals: { theme: 'dark' }, play: ThankYou.play };
export const DarkNoScore: Story = { name: 'Dark, validation', globals: { theme: 'dark' }, play: NoScore.play };
