import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CourseCatalogDocument, type CourseCatalogQuery, type CourseLevel, type CourseStatus } from '../../generated/graphql.js';
import { PartnerCourseOpenEvent, PartnerFilterChangeEvent, type CourseFilterDetail } from '../../events.js';
import { commonMessages } from '../../i18n/common.messages.js';
import { formatDuration, formatNumber, formatPoints } from '../../i18n/format.js';
import { filteredEmpty } from '../../internal/filtered-empty.js';
import { filteredEmptyStyles } from '../../internal/filtered-empty.styles.js';
import { MorePages } from '../../internal/more-pages.js';
import { morePagesStyles } from '../../internal/more-pages.styles.js';
import { ListStatus } from '../../internal/list-status.js';
import { listStatusStyles } from '../../internal/list-status.styles.js';
import { PartnerElement } from '../../internal/partner-element.js';
import { safeUrl } from '../../internal/safe-url.js';
import { cardStyles, controlStyles, errorStyles, skeletonStyles, themeStyles, visuallyHidden } from '../../styles/shared.js';
import { courseCatalogMessages } from './course-catalog.messages.js';
import { courseCatalogStyles } from './course-catalog.styles.js';

type Course = CourseCatalogQuery['courses']['nodes'][number];

const LEVELS: readonly CourseLevel[] = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'];
const STATUSES: readonly CourseStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'];

/**
 * @customElement partner-course-catalog
 *
 * @summary The program's courses: picture, title, summary, topic, level, duration and the points
 * completing one earns, with the member's progress (a bar and its text) and, once completed,
 * links to the certificate (its page and its PDF). Filters (topic, level, status) are reflected in attributes so a
 * host page can deep-link to them. Opening a course tells the host, which shows it in a
 * `<partner-course course-id>`.
 *
 * @event partner-load - A page of courses was shown (also after each refresh).
 * @event partner-error - The courses could not be loaded; `detail.code` says why.
 * @event partner-filter-change - The filters changed (by the member, or by the host through the attributes). `detail: { topic, level, status }`.
 * @event partner-course-open - The member opened a course. `detail: { courseId }`.
 * @event partner-token-expired - Standalone only: the token expired (see `<partner-portal>`).
 *
 * @csspart card - The surrounding box.
 * @csspart filters - The topic, level and status menus.
 * @csspart course - One course; `data-status` holds `NOT_STARTED`, `IN_PROGRESS` or `COMPLETED`.
 * @csspart image - The course's picture.
 * @csspart reward - The points completing the course earns.
 * @csspart progress - The member's progress bar.
 * @csspart open-button - "Start course", "Continue" or "Review".
 * @csspart certificate-link - The certificate of a completed course (its printable, verifiable page).
 * @csspart certificate-pdf-link - The same certificate as a PDF file to download.
 * @csspart clear-button - "Clear filters" when nothing matches.
 * @csspart more-button - The "Show more" button.
 * @csspart error - An error message box.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --partner-color-accent - Progress bars and buttons.
 * @cssproperty --partner-color-positive - The bar of a completed course.
 * @cssproperty --partner-course-catalog-card-min - Smallest width of a course card (default 15rem).
 */
export class PartnerCourseCatalog extends PartnerElement {
  static override styles = [themeStyles, skeletonStyles, controlStyles, errorStyles, cardStyles, visuallyHidden, morePagesStyles, filteredEmptyStyles, listStatusStyles, courseCatalogStyles];

  /** Only courses of this topic code. */
  @property({ reflect: true }) topic?: string;

  /** Only courses of this level: `BEGINNER`, `INTERMEDIATE` or `ADVANCED`. */
  @property({ reflect: true }) level?: CourseLevel;

  /** Only courses the member has `NOT_STARTED`, has `IN_PROGRESS` or has `COMPLETED`. */
  @property({ reflect: true }) status?: CourseStatus;

  /** Courses per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;

  /** Leaves the courses' pictures out (their box stays): for pages where the course images are not served. */
  @property({ type: Boolean, attribute: 'hide-images' }) hideImages = false;

  /** The first render's filters are where the page started, not a change. */

  protected readonly catalog = this.query(CourseCatalogDocument, () => this.#variables(), ['training']);
  readonly #listStatus = new ListStatus(this.catalog);

  protected readonly more = new MorePages(
    this,
    () => this.catalog.value?.courses,
    (after, signal) =>
      this.client!.query(CourseCatalogDocument, { ...this.#variables(), after }, { locale: this.resolvedLocale, signal, topics: ['training'] }).then((page) => page.courses),
  );

  #variables() {
    return {
      first: this.pageSize,
      filter: {
        topic: this.topic || undefined,
        level: LEVELS.includes(this.level!) ? this.level : undefined,
        status: STATUSES.includes(this.status!) ? this.status : undefined,
      },
    };
  }

  /** What the list shows, in one sentence: how many courses, or why there are none. */
  #summary(): string {
    const text = this.messages(courseCatalogMessages);
    const shown = this.more.items().length;
    if (shown) return text.shown(formatNumber(this.resolvedLocale, shown));
    return this.#filtered ? text.noMatch : text.empty;
  }

  get #filtered(): boolean {
    return !!(this.topic || this.level || this.status);
  }

  // After the first render: filters set by the host's attributes at the start are no change.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || !(changed.has('topic') || changed.has('level') || changed.has('status'))) return;
    this.#listStatus.changed();
    this.dispatchEvent(new PartnerFilterChangeEvent<CourseFilterDetail>({ topic: this.topic ?? null, level: this.level ?? null, status: this.status ?? null }));
  }

  protected override render() {
    const text = this.messages(courseCatalogMessages);
    return html`<section part="card" aria-labelledby="heading" aria-busy=${this.#listStatus.waiting ? 'true' : nothing}>
      <h2 id="heading">${text.heading}</h2>
      ${this.#renderFilters()}
      ${this.#listStatus.render(() => this.#summary())}
      ${this.renderTask(this.catalog, {
        loading: () => html`<span class="visually-hidden">${text.loading}</span>
          <ul aria-hidden="true">
            ${[0, 1, 2].map(
              () => html`<li part="course">
                <span class="picture skeleton"></span>
                <span class="skeleton line"></span>
                <span class="skeleton line short"></span>
              </li>`,
            )}
          </ul>`,
        ready: (data) => this.#renderList(data),
      })}
    </section>`;
  }

  /** Shown from the start (the topics fill in with the answer), so nothing moves when it arrives. */
  #renderFilters() {
    const text = this.messages(courseCatalogMessages);
    const topics = this.catalog.value?.courseTopics ?? [];
    const menu = (label: string, all: string, current: string | undefined, options: readonly (readonly [string, string])[], set: (value: string | undefined) => void) =>
      html`<label>
        <span>${label}</span>
        <select @change=${(event: Event) => set((event.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!current}>${all}</option>
          ${options.map(([value, name]) => html`<option value=${value} ?selected=${value === current}>${name}</option>`)}
        </select>
      </label>`;
    return html`<div part="filters" role="group" aria-label=${text.filters}>
      ${menu(text.topic, text.allTopics, this.topic, topics.map((topic) => [topic.code, topic.name] as const), (value) => (this.topic = value))}
      ${menu(text.level, text.allLevels, this.level, LEVELS.map((level) => [level, text[level]] as const), (value) => (this.level = value as CourseLevel))}
      ${menu(text.status, text.allStatuses, this.status, STATUSES.map((status) => [status, text[status]] as const), (value) => (this.status = value as CourseStatus))}
    </div>`;
  }

  #clearFilters = async () => {
    this.topic = this.level = this.status = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector('select')?.focus();
  };

  #renderList({ courseTopics, courses: first }: CourseCatalogQuery) {
    const text = this.messages(courseCatalogMessages);
    const items = this.more.items(first);
    if (!items.length) {
      return filteredEmpty(this.#filtered, this.#summary(), this.messages(commonMessages).clearFilters, this.#clearFilters);
    }
    const topics = new Map(courseTopics.map((topic) => [topic.code, topic.name]));
    return html`<ul>
        ${repeat(
          items,
          (course) => course.id,
          (course) => this.#renderCourse(course, topics.get(course.topic) ?? course.topic),
        )}
      </ul>
      ${this.more.renderFooter(this.#summary(), text, (error, retry) => this.renderError(error, retry))}`;
  }

  #renderCourse(course: Course, topic: string) {
    const text = this.messages(courseCatalogMessages);
    const locale = this.resolvedLocale;
    const { status, percent, certificate } = course.progress;
    const certificateUrl = safeUrl(certificate?.url);
    const pdfUrl = safeUrl(certificate?.pdfUrl);
    return html`<li part="course" data-id=${course.id} data-status=${status} tabindex="-1">
      <span class="picture">
        ${course.imageUrl && !this.hideImages
          ? html`<img part="image" src=${course.imageUrl} alt="" loading="lazy" decoding="async" @error=${(event: Event) => ((event.target as HTMLElement).hidden = true)} />`
          : nothing}
      </span>
      <h3 id="title-${course.id}">${course.title}</h3>
      <p class="summary">${course.summary}</p>
      <p class="facts">
        <span>${topic}</span> · <span>${text[course.level]}</span> · <span>${formatDuration(locale, course.durationMinutes * 60_000)}</span> ·
        <span part="reward">${text.points(formatPoints(locale, course.pointsReward))}</span>
      </p>
      <p class="progress">
        <progress part="progress" max="100" value=${percent} aria-labelledby="title-${course.id}"></progress>
        <span>${status === 'IN_PROGRESS' ? text.percent(formatNumber(locale, percent / 100, { style: 'percent' })) : text[status]}</span>
      </p>
      <p class="actions">
        <button type="button" part="open-button" aria-describedby="title-${course.id}" @click=${() => this.dispatchEvent(new PartnerCourseOpenEvent({ courseId: course.id }))}>
          ${status === 'COMPLETED' ? text.review : status === 'IN_PROGRESS' ? text.resume : text.start}
        </button>
        ${certificateUrl
          ? html`<a part="certificate-link" href=${certificateUrl} target="_blank" rel="noopener" aria-describedby="title-${course.id}">${text.certificate}</a>`
          : nothing}
        ${pdfUrl ? html`<a part="certificate-pdf-link" href=${pdfUrl} download aria-describedby="title-${course.id}">${text.certificatePdf}</a>` : nothing}
      </p>
    </li>`;
  }
}
