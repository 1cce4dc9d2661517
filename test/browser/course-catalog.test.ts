import { expect, html, oneEvent } from '@open-wc/testing';
import type { PartnerCourseOpenEvent, PartnerFilterChangeEvent } from '../../src/events.js';
import type { CourseFilterDetail } from '../../src/index.js';
import { fmt, focused, inShadow, isLoading, part, parts, press, shadowText, tabTo, textOf, until, untilError, untilReady } from './support/dom.js';
import { apiUrl, asMember, createPartner, mark, requestsSince, server } from './support/loyalty.js';
import { inPortal, settle, whileHeld, widget } from './support/mount.js';
import { persona } from './support/truth.js';

interface Course {
  id: string;
  title: string;
  summary: string;
  topic: string;
  level: string;
  durationMinutes: number;
  pointsReward: number;
  imageUrl: string | null;
  progress: { status: string; percent: number; certificate: { id: string; url: string; pdfUrl: string } | null };
}

interface Catalog {
  topics: { code: string; name: string }[];
  nodes: Course[];
  hasNextPage: boolean;
}

/** The server's answer, asked as the member (not through the widget). */
async function catalogOf(memberId: string, options: { filter?: Record<string, string>; first?: number; locale?: string } = {}): Promise<Catalog> {
  const data = await asMember(
    memberId,
    `query($first: Int!, $filter: CourseFilter) { courseTopics { code name } courses(first: $first, filter: $filter) {
      nodes { id title summary topic level durationMinutes pointsReward imageUrl progress { status percent certificate { id url pdfUrl } } }
      pageInfo { hasNextPage } } }`,
    { first: options.first ?? 100, filter: options.filter ?? null },
    options.locale,
  );
  return { topics: data.courseTopics, nodes: data.courses.nodes, hasNextPage: data.courses.pageInfo.hasNextPage };
}

const LEVEL: Record<string, string> = { BEGINNER: 'Beginner', INTERMEDIATE: 'Intermediate', ADVANCED: 'Advanced' };
const STATUS: Record<string, string> = { NOT_STARTED: 'Not started', COMPLETED: 'Completed' };

/** `n` minutes as the widget writes a duration: its two largest units. */
const duration = (locale: string, minutes: number) => fmt.duration(locale, minutes * 60_000);

const cards = (host: Element) => parts(host, 'course').filter((li) => !li.closest('[aria-hidden="true"]'));
const cardOf = (host: Element, id: string) => inShadow(host, `[part~="course"][data-id="${id}"]`);
const selects = (host: Element) => [...host.shadowRoot!.querySelectorAll<HTMLSelectElement>('[part="filters"] select')];

/** One course as a person reads it. */
function readCard(li: Element) {
  return {
    title: textOf(li.querySelector('h3')),
    summary: textOf(li.querySelector('.summary')),
    facts: textOf(li.querySelector('.facts')),
    progress: (li.querySelector('progress') as HTMLProgressElement).value,
    progressText: textOf(li.querySelector('.progress span')),
    action: textOf(li.querySelector('[part="open-button"]')),
    certificate: li.querySelector<HTMLAnchorElement>('[part="certificate-link"]')?.getAttribute('href') ?? null,
    pdf: li.querySelector<HTMLAnchorElement>('[part="certificate-pdf-link"]')?.getAttribute('href') ?? null,
  };
}

/** The same course from the server's truth. `origin` is the API's: the certificate page is beside it. */
function expectedCard(course: Course, topics: Catalog['topics'], origin: string) {
  const { status, percent, certificate } = course.progress;
  const topic = topics.find((candidate) => candidate.code === course.topic)!.name;
  const certificateUrl = certificate && new URL(certificate.url);
  return {
    title: course.title,
    summary: course.summary,
    facts: `${topic} · ${LEVEL[course.level]} · ${duration('en', course.durationMinutes)} · ${fmt.number('en', course.pointsReward)} points`,
    progress: percent,
    progressText: status === 'IN_PROGRESS' ? `${fmt.number('en', percent / 100, { style: 'percent' })} done` : STATUS[status],
    action: status === 'COMPLETED' ? 'Review' : status === 'IN_PROGRESS' ? 'Continue' : 'Start course',
    certificate: certificateUrl && new URL(certificateUrl.pathname + certificateUrl.search, origin).href,
    pdf: certificate && new URL(new URL(certificate.pdfUrl).pathname + new URL(certificate.pdfUrl).search, origin).href,
  };
}

async function mount(memberId: string, attributes = html`<partner-course-catalog hide-images></partner-course-catalog>`, options: { locale?: string } = {}) {
  const portal = await inPortal(memberId, html`<button>Before</button>${attributes}`, options);
  const catalog = widget(portal, 'partner-course-catalog');
  await untilReady(catalog);
  return { portal, catalog };
}

const choose = async (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('<partner-course-catalog>', () => {
  afterEach(() => server.restore());

  it('shows placeholder cards while loading, busy, hidden from assistive technology, with its filters already there', async () => {
    const { result: portal } = await whileHeld(() => inPortal(persona('gold').memberId, html`<partner-course-catalog hide-images></partner-course-catalog>`));
    const catalog = widget(portal, 'partner-course-catalog');
    expect(isLoading(catalog)).to.be.true;
    expect(textOf(inShadow(catalog, 'h2'))).to.equal('Training');
    expect(selects(catalog).map((select) => select.value)).to.deep.equal(['', '', '']);
    expect(cards(catalog)).to.have.length(0);
    const height = catalog.getBoundingClientRect().height;
    await expect(catalog).to.be.accessible();
    await server.release();
    await untilReady(catalog);
    expect(catalog.getBoundingClientRect().height, 'the placeholders reserve room').to.be.at.least(height * 0.9);
  });

  it('lists the courses as the API has them: topic, level, duration, points, the member’s progress and certificates', async () => {
    const gold = persona('gold');
    const truth = await catalogOf(gold.memberId, { first: 12 });
    const statuses = new Set(truth.nodes.map((course) => course.progress.status));
    expect([...statuses].sort(), 'the gold persona has courses in every state').to.deep.equal(['COMPLETED', 'IN_PROGRESS', 'NOT_STARTED']);
    const { catalog } = await mount(gold.memberId);
    const origin = new URL(await apiUrl()).origin;

    expect(cards(catalog).map(readCard)).to.deep.equal(truth.nodes.map((course) => expectedCard(course, truth.topics, origin)));
    expect(cards(catalog).map((li) => li.dataset.status)).to.deep.equal(truth.nodes.map((course) => course.progress.status));
    const bar = cards(catalog)[0].querySelector('progress')!;
    expect(bar.getAttribute('aria-labelledby'), 'each bar is named by its course').to.equal(`title-${truth.nodes[0].id}`);
    const link = catalog.shadowRoot!.querySelector<HTMLAnchorElement>('[part="certificate-link"]')!;
    expect([link.target, link.rel]).to.deep.equal(['_blank', 'noopener']);
    const pdf = catalog.shadowRoot!.querySelector<HTMLAnchorElement>('[part="certificate-pdf-link"]')!;
    expect([textOf(pdf), pdf.hasAttribute('download'), new URL(pdf.href).pathname]).to.deep.equal(['Certificate (PDF)', true, `${new URL(link.href).pathname}.pdf`]);
    expect(textOf(inShadow(catalog, 'footer .count'))).to.equal(`${truth.nodes.length} courses shown`);
    await expect(catalog).to.be.accessible();
  });

  it('shows the course pictures in their box, unless hide-images', async () => {
    const gold = persona('gold');
    const truth = await catalogOf(gold.memberId, { first: 2 });
    const { catalog } = await mount(gold.memberId, html`<partner-course-catalog page-size="2"></partner-course-catalog>`);
    // The seed's pictures live on the demo host, which this page is not: a missing one leaves its box empty.
    expect(cards(catalog).map((li) => li.querySelector('img')?.getAttribute('src') ?? null)).to.deep.equal(truth.nodes.map((course) => course.imageUrl));
    expect(cards(catalog).every((li) => li.querySelector('.picture')!.getBoundingClientRect().height > 0)).to.be.true;
  });

  it('filters by topic, level and status, reflected in its attributes, as the API filters; the host sets them too', async () => {
    const gold = persona('gold');
    const { portal, catalog } = await mount(gold.memberId);
    const truth = await catalogOf(gold.memberId);
    const [topicMenu, levelMenu, statusMenu] = selects(catalog);
    expect([...topicMenu.options].map((option) => [option.value, option.text])).to.deep.equal([['', 'All topics'], ...truth.topics.map((topic) => [topic.code, topic.name])]);
    expect([...statusMenu.options].map((option) => option.text)).to.deep.equal(['Any status', 'Not started', 'In progress', 'Completed']);

    const changes: CourseFilterDetail[] = [];
    portal.addEventListener('partner-filter-change', (event) => changes.push((event as unknown as PartnerFilterChangeEvent<CourseFilterDetail>).detail));
    const ids = () => cards(catalog).map((li) => li.dataset.id);

    const safety = (await catalogOf(gold.memberId, { filter: { topic: 'safety' } })).nodes.map((c) => c.id);
    await choose(topicMenu, 'safety');
    await until(() => JSON.stringify(ids()) === JSON.stringify(safety), 'the safety courses');
    expect(catalog.getAttribute('topic')).to.equal('safety');
    await choose(statusMenu, 'COMPLETED');
    const completedSafety = (await catalogOf(gold.memberId, { filter: { topic: 'safety', status: 'COMPLETED' } })).nodes.map((c) => c.id);
    expect(completedSafety.length).to.be.greaterThan(0);
    await until(() => JSON.stringify(ids()) === JSON.stringify(completedSafety), 'the completed safety courses');
    expect(catalog.getAttribute('status')).to.equal('COMPLETED');
    expect(changes).to.deep.equal([
      { topic: 'safety', level: null, status: null },
      { topic: 'safety', level: null, status: 'COMPLETED' },
    ]);

    // The host deep-links: attributes in, the same list out.
    catalog.setAttribute('level', 'ADVANCED');
    catalog.removeAttribute('topic');
    catalog.removeAttribute('status');
    const advanced = (await catalogOf(gold.memberId, { filter: { level: 'ADVANCED' } })).nodes.map((c) => c.id);
    await until(() => JSON.stringify(ids()) === JSON.stringify(advanced), 'the advanced courses');
    expect(selects(catalog).map((select) => select.value)).to.deep.equal(['', 'ADVANCED', '']);
    await expect(catalog).to.be.accessible();
  });

  it('when nothing matches: says so, and "Clear filters" brings every course back with focus on the first filter', async () => {
    const { memberId } = await createPartner();
    const { catalog } = await mount(memberId, html`<partner-course-catalog hide-images status="COMPLETED"></partner-course-catalog>`);
    const empty = inShadow(catalog, '.empty p');
    expect(textOf(empty)).to.equal('No courses match these filters.');
    await expect(catalog).to.be.accessible();
    part(catalog, 'clear-button').click();
    const all = await catalogOf(memberId, { first: 12 });
    await until(() => cards(catalog).length === all.nodes.length, 'every course');
    expect(catalog.hasAttribute('status')).to.be.false;
    expect(focused()).to.equal(selects(catalog)[0]);
    expect(cards(catalog).map(readCard).every((card) => card.progressText === 'Not started' && card.action === 'Start course')).to.be.true;
  });

  it('"Show more" follows the cursor', async () => {
    const gold = persona('gold');
    const truth = await catalogOf(gold.memberId, { first: 100 });
    const { catalog } = await mount(gold.memberId, html`<partner-course-catalog hide-images page-size="4"></partner-course-catalog>`);
    expect(cards(catalog).map((li) => li.dataset.id)).to.deep.equal(truth.nodes.slice(0, 4).map((course) => course.id));
    part(catalog, 'more-button').click();
    await until(() => cards(catalog).length === Math.min(8, truth.nodes.length), 'the next page');
    expect(cards(catalog).map((li) => li.dataset.id)).to.deep.equal(truth.nodes.slice(0, 8).map((course) => course.id));
  });

  it('opening a course tells the host which (composed, bubbling), from the keyboard too', async () => {
    const gold = persona('gold');
    const truth = await catalogOf(gold.memberId, { first: 12 });
    const { portal, catalog } = await mount(gold.memberId);
    (portal.querySelector('button') as HTMLButtonElement).focus();

    // Tab order: the three filters, then each course's buttons and links.
    expect(await tabTo(selects(catalog)[0])).to.equal(1);
    await press('Tab');
    await press('Tab');
    expect(focused()).to.equal(selects(catalog)[2]);
    await press('Tab');
    const first = cardOf(catalog, truth.nodes[0].id).querySelector('[part="open-button"]')!;
    expect(focused()).to.equal(first);
    const opened = oneEvent(document, 'partner-course-open') as Promise<PartnerCourseOpenEvent>;
    await press('Enter');
    const event = await opened;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail).to.deep.equal({ courseId: truth.nodes[0].id });

    // A filter from the keyboard.
    selects(catalog)[1].focus();
    await press('ArrowDown');
    await until(() => catalog.getAttribute('level') === 'BEGINNER', 'the level filter applied');
  });

  it('server down: the network message, and retry brings the courses', async () => {
    await server.stop();
    const portal = await inPortal(persona('gold').memberId, html`<partner-course-catalog hide-images></partner-course-catalog>`);
    const catalog = widget(portal, 'partner-course-catalog');
    const error = await untilError(catalog);
    expect(textOf(error.querySelector('p'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    await expect(catalog).to.be.accessible();
    await server.start();
    part(catalog, 'retry-button').click();
    await untilReady(catalog);
    expect(cards(catalog).length).to.be.greaterThan(0);
  });

  it('one request for its first load', async () => {
    const since = await mark();
    await mount(persona('silver').memberId);
    await settle();
    expect((await requestsSince(since)).map((request) => request.operations)).to.deep.equal([['CourseCatalog']]);
  });

  for (const [locale, heading, level] of [
    ['nb', 'Opplæring', { BEGINNER: 'Nybegynner', INTERMEDIATE: 'Viderekommen', ADVANCED: 'Avansert' }],
    ['th', 'การฝึกอบรม', { BEGINNER: 'เริ่มต้น', INTERMEDIATE: 'ปานกลาง', ADVANCED: 'ขั้นสูง' }],
    ['ms', 'Latihan', { BEGINNER: 'Permulaan', INTERMEDIATE: 'Pertengahan', ADVANCED: 'Lanjutan' }],
  ] as const) {
    it(`speaks ${locale}: titles and topics as the API words them, levels, durations and points as ${locale} readers write them`, async () => {
      const gold = persona('gold');
      const truth = await catalogOf(gold.memberId, { first: 12, locale });
      const { catalog } = await mount(gold.memberId, undefined, { locale });
      expect(textOf(inShadow(catalog, 'h2'))).to.equal(heading);
      expect([...selects(catalog)[0].options].slice(1).map((option) => option.text)).to.deep.equal(truth.topics.map((topic) => topic.name));
      const spaced = (text: string) => text.replace(/\s+/g, ' ');
      cards(catalog).forEach((li, i) => {
        const course = truth.nodes[i];
        expect(textOf(li.querySelector('h3'))).to.equal(course.title);
        const facts = textOf(li.querySelector('.facts'));
        expect(facts).to.contain(truth.topics.find((topic) => topic.code === course.topic)!.name);
        expect(facts).to.contain(level[course.level as keyof typeof level]);
        expect(facts).to.contain(spaced(duration(locale, course.durationMinutes)));
        expect(facts).to.contain(spaced(fmt.number(locale, course.pointsReward)));
      });
      expect(shadowText(catalog)).to.not.contain('Start course');
      await expect(catalog).to.be.accessible();
    });
  }
});
