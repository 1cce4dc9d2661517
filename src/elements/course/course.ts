import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CompleteLessonDocument, CourseDocument, SubmitQuizDocument, type CourseQuery } from '../../generated/graphql.js';
import type { PortalClient } from '../../client/client.js';
import { PortalError, isAbortError } from '../../client/errors.js';
import { PartnerCourseCompleteEvent, PartnerLessonCompleteEvent } from '../../events.js';
import { formatDate, formatDuration, formatNumber, formatPoints } from '../../i18n/format.js';
import { PartnerElement } from '../../internal/partner-element.js';
import type * as RichText from '../../internal/rich-text.js';
import { safeUrl } from '../../internal/safe-url.js';
import { controlStyles, errorStyles, skeletonStyles, themeStyles, visuallyHidden } from '../../styles/shared.js';
import { courseMessages } from './course.messages.js';
import { courseStyles } from './course.styles.js';

type Course = NonNullable<CourseQuery['course']>;
type Lesson = Course['lessons'][number];
type Progress = Course['progress'];

/** The quiz's place in the list of steps (lesson ids otherwise). */
const QUIZ = 'quiz';

/**
 * The lesson-text renderer is a chunk of its own, fetched when a player first connects (in
 * parallel with its course, so it is there when the text is): pages with only the catalog, or
 * none of the training widgets, never load it.
 */
let richText: typeof RichText.richText | undefined;
let loadingRichText: Promise<unknown> | undefined;
function loadRichText(): Promise<unknown> {
  loadingRichText ??= import('../../internal/rich-text.js').then(
    (module) => (richText = module.richText),
    () => (loadingRichText = undefined),
  );
  return loadingRichText;
}

/**
 * The captions a video starts with: the widget's language (`th` also takes `th-TH`), else
 * English, else none — the player's menu offers the rest.
 */
function defaultTrack<T extends { language: string }>(tracks: T[], locale: string): T | undefined {
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  return tracks.find((track) => primary(track.language) === primary(locale)) ?? tracks.find((track) => primary(track.language) === 'en');
}

/**
 * @customElement partner-course
 *
 * @summary One course to take: its lessons in order (read, watch with captions in the member's
 * language, download), each
 * marked complete on the server — progress follows the member to any device and the course
 * opens again where they left it — then the quiz: questions with one answer each, the pass
 * mark, the score, and as many tries as needed. Completing the course credits its points once
 * (balances on the page refresh) and issues a certificate with a verifiable number and a
 * printable page and a PDF to download. Lesson text is the server's sanitized HTML, rendered again through an
 * allow-list here: nothing in it can run script.
 *
 * @event partner-load - The course was shown (also after each refresh).
 * @event partner-error - The course could not be loaded; `detail.code` says why.
 * @event partner-lesson-complete - A lesson was saved as complete. `detail: { courseId, lessonId, percent }`.
 * @event partner-course-complete - The course was completed. `detail: { courseId, pointsAwarded, certificateId }` (`pointsAwarded` 0 when another tab completed it first).
 * @event partner-token-expired - Standalone only: the token expired (see `<partner-portal>`).
 *
 * @csspart card - The surrounding box.
 * @csspart progress - The course's progress bar.
 * @csspart reward - The points completing the course earns.
 * @csspart step - A lesson (or the quiz) in the list of steps; `data-done` once completed.
 * @csspart lesson - The lesson shown.
 * @csspart text - A lesson's text.
 * @csspart video - A video lesson's player.
 * @csspart document-link - A document lesson's download link.
 * @csspart complete-button - "Mark as complete".
 * @csspart next-button - "Next lesson" / "Go to the quiz".
 * @csspart quiz - The quiz.
 * @csspart question - One question (a fieldset of answers).
 * @csspart submit-button - "Submit answers".
 * @csspart result - A failed attempt's score, with "Try again".
 * @csspart retry-quiz-button - "Try again" after a failed attempt: a fresh quiz.
 * @csspart completion - The completion notice with the certificate.
 * @csspart certificate-pdf-link - "Download certificate (PDF)": the certificate as a file, with its number and where to check it.
 * @csspart certificate-link - "View certificate": the certificate's printable, verifiable page.
 * @csspart error - An error message box (loading, or a save that failed).
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --partner-color-accent - Progress, the current step and buttons.
 * @cssproperty --partner-color-positive - Completed steps and the completion notice.
 */
export class PartnerCourse extends PartnerElement {
  static override styles = [themeStyles, skeletonStyles, controlStyles, errorStyles, visuallyHidden, courseStyles];

  /** The course to show (from `partner-course-open`'s `detail.courseId`). */
  @property({ attribute: 'course-id', reflect: true }) courseId?: string;

  /** The step the member chose; until then, where they left off. */
  @state() private shown?: string;
  @state() private busy = false;
  @state() private failure?: PortalError;
  /** The last quiz attempt here. */
  @state() private result?: { passed: boolean; scorePct: number };
  /** Points this player's completion credited. */
  @state() private earned?: number;

  /** The progress a save answered, shown until the course is loaded again. */
  #saved?: { for: CourseQuery | undefined; progress: Progress };
  #bodySource?: string;
  #bodyNode?: HTMLElement;

  protected readonly course = this.query(CourseDocument, () => ({ id: this.courseId ?? '' }), ['training']);

  override connectedCallback(): void {
    super.connectedCallback();
    if (!richText) void loadRichText().then(() => this.requestUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('courseId') && changed.get('courseId') !== undefined) {
      this.shown = this.failure = this.result = this.earned = this.#saved = undefined;
    }
  }

  protected override render() {
    const text = this.messages(courseMessages);
    return this.renderTask(this.course, {
      loading: () => html`<div part="card">
        <span class="visually-hidden">${text.loading}</span>
        <div aria-hidden="true">
          <span class="skeleton line"></span>
          <span class="skeleton line short"></span>
          <span class="skeleton block"></span>
        </div>
      </div>`,
      ready: (data) =>
        data.course ? this.#renderCourse(data.course, this.#progress(data)) : html`<div part="card"><p class="empty" role="status">${text.notFound}</p></div>`,
    });
  }

  #progress(data: CourseQuery): Progress {
    return this.#saved?.for === data ? this.#saved.progress : data.course!.progress;
  }

  /** The step to show: the member's choice, else where they left off (the first lesson to review a finished course). */
  #current(course: Course, progress: Progress): string {
    if (this.shown === QUIZ ? course.quiz : course.lessons.some((lesson) => lesson.id === this.shown)) return this.shown!;
    return progress.currentLessonId ?? (course.quiz && progress.status !== 'COMPLETED' ? QUIZ : (course.lessons[0]?.id ?? QUIZ));
  }

  #renderCourse(course: Course, progress: Progress) {
    const text = this.messages(courseMessages);
    const locale = this.resolvedLocale;
    const current = this.#current(course, progress);
    const done = new Set(progress.completedLessonIds);
    const quizDone = progress.status === 'COMPLETED';
    const step = (id: string, label: string, index: number, isDone: boolean) =>
      html`<li>
        <button type="button" part="step" aria-current=${id === current ? 'step' : nothing} ?data-done=${isDone} @click=${() => this.#go(id)}>
          <span class="mark" aria-hidden="true">${isDone ? '✓' : index}</span>
          <span>${label}${isDone ? html`<span class="visually-hidden"> (${text.done})</span>` : nothing}</span>
        </button>
      </li>`;
    const lesson = course.lessons.find((candidate) => candidate.id === current);
    return html`<section part="card" aria-labelledby="title">
      <h2 id="title">${course.title}</h2>
      <p class="facts">
        ${text[course.level]} · ${formatDuration(locale, course.durationMinutes * 60_000)} ·
        <span part="reward">${text.points(formatPoints(locale, course.pointsReward))}</span>
      </p>
      <p class="progress">
        <progress part="progress" max="100" value=${progress.percent} aria-labelledby="title"></progress>
        <span>${text.percent(formatNumber(locale, progress.percent / 100, { style: 'percent' }))}</span>
      </p>
      ${progress.status === 'COMPLETED' ? this.#renderCompletion(progress) : nothing}
      <div class="layout">
        <nav aria-label=${text.steps}>
          <ol>
            ${course.lessons.map((candidate, index) => step(candidate.id, candidate.title, index + 1, done.has(candidate.id)))}
            ${course.quiz ? step(QUIZ, text.quiz, course.lessons.length + 1, quizDone) : nothing}
          </ol>
        </nav>
        ${lesson ? this.#renderLesson(course, lesson, done) : this.#renderQuiz(course, progress, done)}
      </div>
    </section>`;
  }

  #renderCompletion(progress: Progress) {
    const text = this.messages(courseMessages);
    const { certificate } = progress;
    const url = safeUrl(certificate?.url);
    const pdfUrl = safeUrl(certificate?.pdfUrl);
    // Focus comes here when the course is completed: a screen reader reads the heading and the
    // sentence, once (no live region as well), and leaves the certificate's number to be found.
    return html`<div part="completion" role="group" tabindex="-1" aria-labelledby="completed" aria-describedby="completed-summary">
      <h3 id="completed">${text.completed}</h3>
      <p id="completed-summary">
        ${progress.completedAt ? text.completedOn(formatDate(this.resolvedLocale, progress.completedAt)) : nothing}
        ${this.earned ? text.earned(formatPoints(this.resolvedLocale, this.earned)) : nothing}
      </p>
      ${certificate
        ? html`<p>${text.certificateNumber}: <code>${certificate.id}</code></p>
            <p class="links">
              ${pdfUrl ? html`<a part="certificate-pdf-link" href=${pdfUrl} download>${text.certificatePdf}</a>` : nothing}
              ${url ? html`<a part="certificate-link" href=${url} target="_blank" rel="noopener" aria-describedby="hint">${text.certificate}</a>` : nothing}
            </p>
            ${url ? html`<p id="hint" class="hint">${text.certificateHint}</p>` : nothing}`
        : nothing}
    </div>`;
  }

  #renderLesson(course: Course, lesson: Lesson, done: Set<string>) {
    const text = this.messages(courseMessages);
    const video = safeUrl(lesson.videoUrl);
    const captions = lesson.captions.flatMap((track) => {
      const src = safeUrl(track.url);
      return src ? [{ ...track, src }] : [];
    });
    const shown = defaultTrack(captions, this.resolvedLocale);
    const documentUrl = safeUrl(lesson.documentUrl);
    const next = course.lessons[course.lessons.indexOf(lesson) + 1];
    return html`<article part="lesson" aria-labelledby="shown">
      <h3 id="shown" tabindex="-1">${lesson.title}</h3>
      <p class="facts">${formatDuration(this.resolvedLocale, lesson.durationMinutes * 60_000)}</p>
      ${lesson.kind === 'VIDEO' && video
        ? // Nothing is downloaded before the member presses play: lessons are often read on a phone plan.
          html`<video part="video" controls preload="none" src=${video}>
            ${captions.map((track) => html`<track kind="captions" srclang=${track.language} label=${track.label} src=${track.src} ?default=${track === shown} />`)}
          </video>`
        : nothing}
      ${lesson.bodyHtml ? this.#body(lesson.bodyHtml) : nothing}
      ${lesson.kind === 'DOCUMENT' && documentUrl
        ? html`<p><a part="document-link" href=${documentUrl} download target="_blank" rel="noopener">${text.download}</a></p>`
        : nothing}
      <p class="actions">
        ${!done.has(lesson.id)
          ? html`<button type="button" part="complete-button" class="primary" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => void this.#complete(course, lesson)}>
              ${this.busy ? text.saving : text.complete}
            </button>`
          : next || course.quiz
            ? html`<button type="button" part="next-button" @click=${() => this.#go(next?.id ?? QUIZ)}>${next ? text.next : text.toQuiz}</button>`
            : nothing}
      </p>
      ${this.#renderFailure()}
    </article>`;
  }

  #renderQuiz(course: Course, progress: Progress, done: Set<string>) {
    const text = this.messages(courseMessages);
    const locale = this.resolvedLocale;
    const quiz = course.quiz!;
    const pct = (value: number) => formatNumber(locale, value / 100, { style: 'percent' });
    const left = course.lessons.length - done.size;
    let body;
    if (progress.status === 'COMPLETED') body = html`<p>${text.passed(pct(progress.bestScorePct ?? 100))}</p>`;
    else if (left > 0) body = html`<p>${text.lessonsFirst(formatNumber(locale, left))}</p>`;
    else if (this.result && !this.result.passed) {
      // Focus comes here after a failed attempt: the group is named by its sentence.
      body = html`<div part="result" role="group" tabindex="-1" aria-labelledby="result-text">
        <p id="result-text">${text.failed(pct(this.result.scorePct), pct(quiz.passPct))}</p>
        <button type="button" part="retry-quiz-button" @click=${this.#retry}>${text.retry}</button>
      </div>`;
    } else {
      body = html`<p>${text.passMark(pct(quiz.passPct))}</p>
        <form @submit=${(event: SubmitEvent) => void this.#submit(event, course)}>
          ${quiz.questions.map(
            (question, index) => html`<fieldset part="question">
              <legend>${formatNumber(locale, index + 1)}. ${question.prompt}</legend>
              ${question.options.map((option) => html`<label><input type="radio" name=${question.id} value=${option.id} required />${option.label}</label>`)}
            </fieldset>`,
          )}
          <button part="submit-button" class="primary" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? text.checking : text.submit}</button>
        </form>`;
    }
    return html`<article part="quiz" aria-labelledby="shown">
      <h3 id="shown" tabindex="-1">${text.quiz}</h3>
      ${body} ${this.#renderFailure()}
    </article>`;
  }

  #renderFailure() {
    const failure = this.failure;
    if (!failure) return nothing;
    const text = this.messages(courseMessages);
    return html`<div class="error" part="error" role="alert"><p>${failure.code === 'NOT_FOUND' ? text.notFound : this.errorMessage(failure, text.saveFailed)}</p></div>`;
  }

  /** The same text renders into the same nodes: a re-render never rebuilds what the member is reading. */
  #body(source: string) {
    if (!richText) return nothing;
    if (source !== this.#bodySource || !this.#bodyNode) {
      this.#bodySource = source;
      this.#bodyNode = document.createElement('div');
      this.#bodyNode.setAttribute('part', 'text');
      this.#bodyNode.append(richText(source));
    }
    return this.#bodyNode;
  }

  async #go(id: string) {
    this.shown = id;
    this.failure = undefined;
    await this.#focus('#shown');
  }

  #retry = async () => {
    this.result = undefined;
    await this.#focus('input');
  };

  async #focus(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  async #complete(course: Course, lesson: Lesson) {
    const progress = await this.#save(course, (client) =>
      client.mutate(CompleteLessonDocument, { input: { courseId: course.id, lessonId: lesson.id } }, this.#mutation()).then((answer) => answer.completeLesson),
    );
    if (!progress) return;
    this.dispatchEvent(new PartnerLessonCompleteEvent({ courseId: course.id, lessonId: lesson.id, percent: progress.percent }));
    // Finished by this lesson: it stays in view under the completion notice, which has focus.
    if (progress.status === 'COMPLETED') this.shown = lesson.id;
    else await this.#go(progress.currentLessonId ?? QUIZ);
  }

  async #submit(event: SubmitEvent, course: Course) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const answers = course.quiz!.questions.map((question) => ({ questionId: question.id, optionId: String(form.get(question.id)) }));
    let result: { passed: boolean; scorePct: number } | undefined;
    const progress = await this.#save(course, (client) =>
      client.mutate(SubmitQuizDocument, { input: { courseId: course.id, answers } }, this.#mutation()).then(({ submitQuiz }) => ((result = submitQuiz), submitQuiz.progress)),
    );
    if (!progress) return;
    this.result = result;
    this.shown = QUIZ;
    if (progress.status !== 'COMPLETED') await this.#focus('[part="result"]');
  }

  #mutation() {
    // Completion credits points: every balance, history and course list on the page refreshes.
    return { locale: this.resolvedLocale, affects: ['training', 'points', 'ledger'] as const };
  }

  /**
   * Sends one save (a lesson, a quiz attempt), shows the progress it answers, and announces a
   * completion it caused. Answers the progress, or undefined when it failed (shown in place).
   */
  async #save(course: Course, send: (client: PortalClient) => Promise<Progress>): Promise<Progress | undefined> {
    const client = this.client;
    const data = this.course.value;
    if (!client || !data || this.busy) return undefined;
    const before = this.#progress(data).status;
    this.busy = true;
    this.failure = undefined;
    try {
      const progress = await send(client);
      this.#saved = { for: this.course.value, progress };
      if (progress.status === 'COMPLETED' && before !== 'COMPLETED') {
        this.earned = progress.pointsAwarded;
        this.dispatchEvent(new PartnerCourseCompleteEvent({ courseId: course.id, pointsAwarded: progress.pointsAwarded, certificateId: progress.certificate?.id ?? null }));
        void this.#focus('[part="completion"]');
      }
      return progress;
    } catch (error) {
      if (!isAbortError(error)) this.failure = error instanceof PortalError ? error : new PortalError('INTERNAL_SERVER_ERROR', String(error));
      return undefined;
    } finally {
      this.busy = false;
    }
  }
}
