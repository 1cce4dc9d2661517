import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { waitFor } from 'storybook/test';
import { COURSES, trainingTransport } from './fixtures/training.js';
import { localeAttribute, widgetArgTypes, widgetArgs, type WidgetArgs } from './support.js';

interface Args extends WidgetArgs {
  'course-id': string;
  /** How saving a lesson or a quiz attempt answers. */
  save: 'ok' | 'network';
  onPartnerLessonComplete?: (event: Event) => void;
  onPartnerCourseComplete?: (event: Event) => void;
}

const meta = {
  title: 'Widgets/Course',
  component: 'partner-course',
  args: { ...widgetArgs, partner: 'silver', 'course-id': 'crs_xr18_platform', save: 'ok' },
  argTypes: {
    ...widgetArgTypes,
    'course-id': {
      control: 'select',
      options: [...COURSES.map((course) => course.id), 'crs_does_not_exist'],
      description: 'The course to show (what `partner-course-open` names).',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    save: {
      control: 'inline-radio',
      options: ['ok', 'network'],
      description: 'How the recorded backend answers "Mark as complete" and "Submit answers": it works, or the connection fails.',
      table: { category: 'recorded backend', defaultValue: { summary: 'ok' } },
    },
  },
  render: (args, { globals }) => html`
    <partner-portal
      .transport=${trainingTransport({ scenario: args.scenario, partner: args.partner, latency: args.latency, failures: args.failures, save: args.save })}
      locale=${globals.locale}
      @partner-load=${args.onPartnerLoad}
      @partner-error=${args.onPartnerError}
      @partner-lesson-complete=${args.onPartnerLessonComplete}
      @partner-course-complete=${args.onPartnerCourseComplete}
    >
      <partner-course course-id=${args['course-id']} locale=${localeAttribute(args)} style="max-inline-size: 56rem"></partner-course>
    </partner-portal>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const widget = (canvas: HTMLElement) => canvas.querySelector('partner-course')!;
const find = (canvas: HTMLElement, selector: string) =>
  waitFor(() => {
    const found = widget(canvas).shadowRoot!.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`no ${selector} yet`);
    return found;
  });
const click = async (canvas: HTMLElement, selector: string) => (await find(canvas, selector)).click();
/** Picks answers by position in each question, then sends them. */
const answer = async (canvas: HTMLElement, picks: number[]) => {
  await find(canvas, '[part="question"]');
  const questions = [...widget(canvas).shadowRoot!.querySelectorAll('[part="question"]')];
  picks.forEach((pick, i) => questions[i]!.querySelectorAll('input')[pick]!.click());
  await click(canvas, '[part="submit-button"]');
};
/** Marks `count` lessons complete, one after the other, as the member would. */
const completeLessons = async (canvas: HTMLElement, count: number) => {
  for (let i = 0; i < count; i++) {
    const button = await find(canvas, '[part="complete-button"][aria-disabled="false"]');
    const title = (await find(canvas, '#shown')).textContent;
    button.click();
    await waitFor(() => {
      if (widget(canvas).shadowRoot!.querySelector('#shown')?.textContent === title) throw new Error('not saved yet');
    });
  }
};
/** The XR18 quiz's right answers, and a wrong one for the first question. */
const RIGHT = [2, 1];
const WRONG = [0, 1];

/** Where the silver partner left the XR18 course: its first lesson done, the video next. */
export const Resume: Story = { name: 'Ready: resumes at the video lesson' };
/** A text lesson: the server's sanitized HTML, rendered through the widget's allow-list (the link opens in a new tab). */
export const TextLesson: Story = { name: 'Text lesson', args: { partner: 'new' } };
export const DocumentLesson: Story = {
  name: 'Document lesson',
  play: async ({ canvasElement }) => {
    const steps = await waitFor(() => {
      const found = widget(canvasElement).shadowRoot!.querySelectorAll<HTMLElement>('[part~="step"]');
      if (found.length < 3) throw new Error('no steps yet');
      return found;
    });
    steps[2]!.click();
    await find(canvasElement, '[part="document-link"]');
  },
};
/** "Mark as complete" saved the lesson: the next one is shown, the progress bar moves. */
export const LessonCompleted: Story = {
  name: 'Lesson marked complete',
  play: async ({ canvasElement }) => {
    await click(canvasElement, '[part="complete-button"]');
    await waitFor(() => {
      if (widget(canvasElement).shadowRoot!.querySelectorAll('[part~="step"][data-done]').length < 2) throw new Error('not saved yet');
    });
  },
};
/** The lessons done: the quiz, its questions and pass mark. */
export const Quiz: Story = {
  name: 'Quiz',
  play: async ({ canvasElement }) => {
    await completeLessons(canvasElement, 2);
    await find(canvasElement, '[part="question"]');
  },
};
export const QuizFailed: Story = {
  name: 'Quiz: failed, try again',
  play: async ({ canvasElement }) => {
    await completeLessons(canvasElement, 2);
    await answer(canvasElement, WRONG);
    await find(canvasElement, '[part="result"]');
  },
};
/** Passed: the course is completed, its points credited and the certificate issued. */
export const Completed: Story = {
  name: 'Quiz passed: course completed',
  play: async ({ canvasElement }) => {
    await completeLessons(canvasElement, 2);
    await answer(canvasElement, RIGHT);
    await find(canvasElement, '[part="certificate-link"]');
  },
};
/** Completed months ago: the certificate to download, the lessons to review. */
export const CompletedEarlier: Story = { name: 'Completed earlier (certificate)', args: { partner: 'gold' } };
/** A course without a quiz completes with its last lesson. */
export const NoQuiz: Story = { name: 'Course without a quiz', args: { partner: 'gold', 'course-id': 'crs_battery_care' } };
export const SaveFailed: Story = {
  name: 'Save failed (network)',
  args: { save: 'network' },
  play: async ({ canvasElement }) => {
    await click(canvasElement, '[part="complete-button"]');
    await find(canvasElement, '[part="lesson"] [part="error"]');
  },
};
export const NotFound: Story = { name: 'Course not found', args: { 'course-id': 'crs_does_not_exist' } };
export const Loading: Story = { tags: ['loading-state'], args: { scenario: 'loading' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: { scenario: 'network' } };
export const ErrorTokenExpired: Story = { name: 'Error: token expired', args: { scenario: 'token-expired' } };

export const English: Story = { globals: { locale: 'en' } };
export const Thai: Story = { args: { partner: 'platinum', 'course-id': 'crs_consultative_selling' }, globals: { locale: 'th' } };
export const Norwegian: Story = { name: 'Norwegian (bokmål)', args: { partner: 'gold', 'course-id': 'crs_battery_care' }, globals: { locale: 'nb' } };
export const Malay: Story = { args: { partner: 'bronze', 'course-id': 'crs_site_safety' }, globals: { locale: 'ms' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const DarkCompleted: Story = { name: 'Dark, course completed', globals: { theme: 'dark' }, play: Completed.play };
