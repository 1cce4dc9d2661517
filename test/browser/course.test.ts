import { expect, html, oneEvent } from '@open-wc/testing';
import type { PartnerCourseCompleteEvent, PartnerLessonCompleteEvent } from '../../src/events.js';
import { richText } from '../../src/internal/rich-text.js';
import { allInShadow, availableShown, fmt, focused, inShadow, isLoading, part, parts, press, shadowText, tabTo, textOf, until, untilError, untilReady } from './support/dom.js';
import { admin, apiUrl, asMember, createPartner, mark, requestsSince, server, uniqueId } from './support/loyalty.js';
import { inPortal, settle, whileHeld, widget } from './support/mount.js';
import { ledgerOf, persona, pointsOf } from './support/truth.js';

interface Option {
  id: string;
  label: string;
}
interface Caption {
  language: string;
  label: string;
  url: string;
}
interface TestCourse {
  id: string;
  title: string;
  pointsReward: number;
  lessons: { id: string; title: string; kind: string; bodyHtml: string | null; videoUrl: string | null; captions: Caption[]; documentUrl: string | null }[];
  quiz: { passPct: number; questions: { id: string; prompt: string; options: Option[] }[] };
}

interface Progress {
  status: string;
  completedLessonIds: string[];
  currentLessonId: string | null;
  percent: number;
  bestScorePct: number | null;
  completedAt: string | null;
  certificate: { id: string; url: string; pdfUrl: string } | null;
}

/**
 * What a supplier could put in a lesson: script, event handlers, javascript: links, frames, SVG
 * and an http image. Sent through the admin API as any lesson is (nothing bypassed).
 */
const HOSTILE_BODY =
  '<h2>Know the range</h2><p>Welcome <strong>partner</strong><script>window.__pwned = 1</script>' +
  '<img src=x onerror="window.__pwned = 2"><img src="http://insecure.example/a.png" alt="insecure">' +
  '<a href="javascript:window.__pwned = 3">bad link</a> and <a href="https://docs.example/drills" onclick="window.__pwned = 4">the guide</a></p>' +
  '<iframe src="https://evil.example"></iframe><svg onload="window.__pwned = 5"></svg>' +
  '<ul><li>Compact <em>2 Ah</em></li><li>High output &amp; <code>8 Ah</code></li></ul>';

const RIGHT = ['5 Ah', 'More efficient'];
const HALF_RIGHT = ['5 Ah', 'Louder'];

/** A course of this test's own, made by the supplier through the admin API: text, video and document lessons and a two-question quiz. */
async function createCourse(options: { quiz?: boolean; points?: number } = {}): Promise<TestCourse> {
  const title = `Selling cordless drills ${uniqueId('c')}`;
  const input = {
    title: { en: title },
    summary: { en: 'Everything about our drill range.' },
    topic: 'sales',
    level: 'BEGINNER',
    pointsReward: options.points ?? 120,
    lessons: [
      { title: { en: 'The range' }, kind: 'TEXT', bodyHtml: { en: HOSTILE_BODY }, durationMinutes: 10 },
      // Nothing listens there: the browser gives up at once (and the suite ignores refused connections).
      {
        title: { en: 'Demo video' },
        kind: 'VIDEO',
        bodyHtml: { en: '<p>Watch it with captions.</p>' },
        videoUrl: 'https://127.0.0.1:1/drills.mp4',
        captions: ['en', 'th', 'nb'].map((language) => ({ language, url: `https://127.0.0.1:1/drills.${language}.vtt` })),
        durationMinutes: 15,
      },
      { title: { en: 'Spec sheet' }, kind: 'DOCUMENT', documentUrl: 'https://127.0.0.1:1/drills.pdf', durationMinutes: 5 },
    ],
    ...(options.quiz === false
      ? {}
      : {
          quizPassPct: 60,
          quiz: [
            { prompt: { en: 'Which battery lasts longest?' }, options: [{ en: '2 Ah' }, { en: '5 Ah' }, { en: '1.5 Ah' }], correctOption: 1 },
            { prompt: { en: 'Brushless motors are…' }, options: [{ en: 'More efficient' }, { en: 'Louder' }], correctOption: 0 },
          ],
        }),
  };
  const { upsertCourse } = await admin(
    `mutation($input: UpsertCourseInput!) { upsertCourse(input: $input) { id title pointsReward
      lessons { id title kind bodyHtml videoUrl captions { language label url } documentUrl } quiz { passPct questions { id prompt options { id label } } } } }`,
    { input },
  );
  return upsertCourse;
}

const PROGRESS = `status completedLessonIds currentLessonId percent bestScorePct completedAt certificate { id url pdfUrl }`;

const tracksOf = (video: HTMLVideoElement) =>
  [...video.querySelectorAll('track')].map((track) => ({ kind: track.kind, srclang: track.srclang, label: track.label, src: track.getAttribute('src'), default: track.default }));

async function progressOf(memberId: string, courseId: string): Promise<Progress> {
  return (await asMember(memberId, `query($id: ID!) { course(id: $id) { progress { ${PROGRESS} } } }`, { id: courseId })).course.progress;
}

async function completeByApi(memberId: string, courseId: string, lessonIds: string[]) {
  for (const lessonId of lessonIds) {
    await asMember(memberId, `mutation($input: CompleteLessonInput!) { completeLesson(input: $input) { status } }`, { input: { courseId, lessonId } });
  }
}

const courseBonuses = async (memberId: string, courseId: string) =>
  (await ledgerOf(memberId, { types: ['BONUS'] })).nodes.filter((entry) => entry.source.kind === 'COURSE' && entry.source.reference === courseId);

async function mount(memberId: string, courseId: string, options: { locale?: string } = {}) {
  const portal = await inPortal(
    memberId,
    html`<button>Before</button><partner-points-balance></partner-points-balance><partner-course course-id=${courseId}></partner-course>`,
    options,
  );
  const player = widget(portal, 'partner-course');
  await untilReady(player);
  return { portal, player, balance: widget(portal, 'partner-points-balance') };
}

const steps = (player: Element) => parts(player, 'step');
const currentStep = (player: Element) => textOf(steps(player).find((step) => step.getAttribute('aria-current') === 'step'));
const shownTitle = (player: Element) => textOf(inShadow(player, '#shown'));
const stepStates = (player: Element) => steps(player).map((step) => step.hasAttribute('data-done'));
const pick = (player: Element, labels: string[]) => {
  const fieldsets = parts<HTMLFieldSetElement>(player, 'question');
  labels.forEach((label, i) => {
    const option = [...fieldsets[i].querySelectorAll('label')].find((candidate) => textOf(candidate) === label);
    if (!option) throw new Error(`No answer "${label}" to question ${i + 1}`);
    option.querySelector('input')!.click();
  });
};
const submitQuiz = (player: Element) => part<HTMLButtonElement>(player, 'submit-button').click();
const pct = (value: number) => fmt.number('en', value / 100, { style: 'percent' });

describe('<partner-course>', () => {
  afterEach(() => server.restore());

  it('shows a placeholder while loading, busy, hidden from assistive technology, in the room the course takes', async () => {
    const gold = persona('gold');
    const { result: portal } = await whileHeld(() => inPortal(gold.memberId, html`<partner-course course-id="crs_battery_care"></partner-course>`));
    const player = widget(portal, 'partner-course');
    expect(isLoading(player)).to.be.true;
    expect(player.getAttribute('aria-busy')).to.equal('true');
    expect(shadowText(player)).to.equal('Loading the course…');
    const height = player.getBoundingClientRect().height;
    await expect(player).to.be.accessible();
    await server.release();
    await untilReady(player);
    expect(player.getBoundingClientRect().height, 'the placeholder reserves room').to.be.at.least(height * 0.9);
  });

  it('opens a course where the member left it, with the lessons done ticked and the progress the server has', async () => {
    const gold = persona('gold');
    const truth = await progressOf(gold.memberId, 'crs_battery_care');
    expect(truth.status).to.equal('IN_PROGRESS');
    const { course } = await asMember(gold.memberId, `{ course(id: "crs_battery_care") { title lessons { id title } quiz { passPct } } }`);
    const { player } = await mount(gold.memberId, 'crs_battery_care');

    expect(textOf(inShadow(player, 'h2'))).to.equal(course.title);
    const current = course.lessons.find((lesson: { id: string }) => lesson.id === truth.currentLessonId);
    expect(currentStep(player)).to.contain(current.title);
    expect(shownTitle(player)).to.equal(current.title);
    expect(stepStates(player)).to.deep.equal(course.lessons.map((lesson: { id: string }) => truth.completedLessonIds.includes(lesson.id)));
    expect(part<HTMLProgressElement>(player, 'progress').value).to.equal(truth.percent);
    expect(textOf(inShadow(player, '.progress span'))).to.equal(`${pct(truth.percent)} done`);
    // A done step says so to assistive technology, not only with a tick.
    expect(textOf(steps(player)[0])).to.contain('(completed)');
    await expect(player).to.be.accessible();
  });

  it('saves each lesson on the server and opens again at the next one (another tab, a reload)', async () => {
    const { memberId } = await createPartner();
    const course = await createCourse();
    const { portal, player } = await mount(memberId, course.id);
    expect(shownTitle(player)).to.equal('The range');
    await until(() => player.shadowRoot!.querySelector('[part="text"]'), 'the lesson text');
    await expect(player).to.be.accessible();

    const saved = oneEvent(portal, 'partner-lesson-complete') as Promise<PartnerLessonCompleteEvent>;
    part(player, 'complete-button').click();
    const event = await saved;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail).to.deep.equal({ courseId: course.id, lessonId: course.lessons[0].id, percent: 25 });
    await until(() => shownTitle(player) === 'Demo video', 'the next lesson');
    expect(focused(), 'focus on the lesson now shown').to.equal(inShadow(player, '#shown'));
    expect(stepStates(player)).to.deep.equal([true, false, false, false]);
    expect(textOf(inShadow(player, '.progress span'))).to.equal(`${pct(25)} done`);
    const truth = await progressOf(memberId, course.id);
    expect(truth).to.include({ status: 'IN_PROGRESS', currentLessonId: course.lessons[1].id, percent: 25 });
    expect(truth.completedLessonIds).to.deep.equal([course.lessons[0].id]);

    // Opened again (a reload, another device): the same place.
    const again = (await mount(memberId, course.id)).player;
    expect(shownTitle(again)).to.equal('Demo video');
    expect(stepStates(again)).to.deep.equal([true, false, false, false]);
  });

  it('plays a video lesson with captions, offers a document lesson’s file, and goes back to a done lesson without saving', async () => {
    const { memberId } = await createPartner();
    const course = await createCourse();
    await completeByApi(memberId, course.id, [course.lessons[0].id]);
    const { player } = await mount(memberId, course.id);

    const video = part<HTMLVideoElement>(player, 'video');
    expect(video.controls).to.be.true;
    expect(video.getAttribute('src')).to.equal(course.lessons[1].videoUrl);
    // One track per language, each named in its own language; the widget's language plays by default.
    expect(tracksOf(video)).to.deep.equal([
      { kind: 'captions', srclang: 'en', label: 'English', src: 'https://127.0.0.1:1/drills.en.vtt', default: true },
      { kind: 'captions', srclang: 'th', label: 'ไทย', src: 'https://127.0.0.1:1/drills.th.vtt', default: false },
      { kind: 'captions', srclang: 'nb', label: 'Norsk bokmål', src: 'https://127.0.0.1:1/drills.nb.vtt', default: false },
    ]);
    expect(course.lessons[1].captions.map((track) => track.url)).to.deep.equal(tracksOf(video).map((track) => track.src));
    await until(() => textOf(inShadow(player, '[part="text"]')) === 'Watch it with captions.', 'the video lesson’s text');
    await expect(player).to.be.accessible();

    steps(player)[2].click();
    await until(() => shownTitle(player) === 'Spec sheet', 'the document lesson');
    const link = part<HTMLAnchorElement>(player, 'document-link');
    expect([textOf(link), link.href, link.hasAttribute('download'), link.rel]).to.deep.equal(['Download the document', course.lessons[2].documentUrl, true, 'noopener']);

    const since = await mark();
    steps(player)[0].click();
    await until(() => shownTitle(player) === 'The range', 'the first lesson');
    expect(part(player, 'next-button').textContent!.trim(), 'a done lesson offers the next one').to.equal('Next lesson');
    part(player, 'next-button').click();
    await until(() => shownTitle(player) === 'Demo video', 'the next lesson');
    await settle();
    expect(await requestsSince(since), 'moving between lessons saves nothing').to.have.length(0);
  });

  it('starts a video with captions in the widget’s language, else English', async () => {
    const { memberId } = await createPartner();
    const course = await createCourse();
    await completeByApi(memberId, course.id, [course.lessons[0].id]);
    const defaultOf = async (locale: string) => {
      const { player } = await mount(memberId, course.id, { locale });
      await until(() => player.shadowRoot!.querySelector('[part="video"]'), `the video in ${locale}`);
      return tracksOf(part<HTMLVideoElement>(player, 'video')).filter((track) => track.default).map((track) => track.srclang);
    };
    expect(await defaultOf('th')).to.deep.equal(['th']);
    expect(await defaultOf('nb')).to.deep.equal(['nb']);
    expect(await defaultOf('ms'), 'no Malay captions: English').to.deep.equal(['en']);
  });

  it('renders a lesson’s HTML inert: no script, no handlers, no javascript: links, https images only, links in a new tab without an opener', async () => {
    const { memberId } = await createPartner();
    const course = await createCourse();
    (window as any).__pwned = 0;
    const { player } = await mount(memberId, course.id);
    const body = await (async () => {
      await until(() => player.shadowRoot!.querySelector('[part="text"]'), 'the lesson text');
      return part(player, 'text');
    })();
    await settle();

    expect((window as any).__pwned, 'nothing ran').to.equal(0);
    expect(body.querySelectorAll('script, iframe, svg, object, embed, style')).to.have.length(0);
    const everything = [...body.querySelectorAll('*')];
    expect(everything.flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')))).to.deep.equal([]);
    expect(everything.map((element) => element.localName)).to.deep.equal(['h2', 'p', 'strong', 'a', 'ul', 'li', 'em', 'li', 'code']);
    const links = [...body.querySelectorAll('a')].map((a) => ({ text: textOf(a), href: a.getAttribute('href'), rel: a.rel, target: a.target }));
    expect(links).to.deep.equal([{ text: 'the guide', href: 'https://docs.example/drills', rel: 'noopener noreferrer', target: '_blank' }]);
    expect(textOf(body)).to.equal('Know the range Welcome partnerbad link and the guide Compact 2 Ah High output & 8 Ah');
    await expect(player).to.be.accessible();
  });

  it('renders inert whatever reaches the browser, even markup the server would never send (its own line of defence)', () => {
    const host = document.createElement('div');
    (window as any).__pwned = 0;
    host.append(
      richText(
        '<p onclick="window.__pwned=1">a<SCRIPT>window.__pwned=2</SCRIPT><img src="https://127.0.0.1:1/a.png" onerror="window.__pwned=3" alt="x">' +
          '<a href="java&#x09;script:alert(1)">t1</a><a href=" JAVASCRIPT:alert(1)">t2</a><a href="data:text/html,<script>alert(1)</script>">t3</a>' +
          "<a href='https://single.example'>t4</a><img src=\"http://plain.example/b.png\"><img src=\"//protocol-relative.example/c.png\">" +
          '<style>*{display:none}</style><form action="https://evil.example"><input name=x></form><math><mi xlink:href="javascript:alert(1)">m</mi></math>' +
          '<a href="mailto:sales@example.com" target="_self">mail</a>&lt;b&gt;not bold&lt;/b&gt; &#128512; &#x110000;</p>',
      ),
    );
    document.body.append(host);
    try {
      expect((window as any).__pwned).to.equal(0);
      expect([...host.querySelectorAll('*')].map((element) => element.outerHTML.replace(/>.*$/s, '>'))).to.deep.equal([
        '<p>',
        '<img src="https://127.0.0.1:1/a.png" alt="x">',
        '<a>',
        '<a>',
        '<a>',
        '<a href="mailto:sales@example.com" rel="noopener noreferrer" target="_blank">',
      ]);
      // Dropped markup leaves its text as text: visible, inert.
      expect(host.textContent).to.contain('window.__pwned=2').and.contain('<b>not bold</b>').and.contain('😀').and.contain('\ufffd');
      expect(host.querySelector('b')).to.be.null;
    } finally {
      host.remove();
    }
  });

  it('the quiz: pass mark shown, a failed attempt’s score and "Try again", then a pass completes the course once: points, certificate, events', async () => {
    const { memberId } = await createPartner();
    const course = await createCourse();
    await completeByApi(memberId, course.id, course.lessons.map((lesson) => lesson.id));
    const before = await pointsOf(memberId);
    const { portal, player, balance } = await mount(memberId, course.id);
    await untilReady(balance);
    expect(shownTitle(player), 'resumes at the quiz').to.equal('Quiz');
    expect(shadowText(player)).to.contain(`You need ${pct(60)} to pass.`);
    const questions = parts(player, 'question');
    expect(questions.map((fieldset) => textOf(fieldset.querySelector('legend')))).to.deep.equal(['1. Which battery lasts longest?', '2. Brushless motors are…']);
    expect(questions.map((fieldset) => [...fieldset.querySelectorAll('label')].map(textOf))).to.deep.equal([
      ['2 Ah', '5 Ah', '1.5 Ah'],
      ['More efficient', 'Louder'],
    ]);
    await expect(player).to.be.accessible();

    // An unanswered question: the browser asks for it, nothing is sent.
    const since = await mark();
    pick(player, [RIGHT[0]]);
    submitQuiz(player);
    await settle();
    expect(await requestsSince(since)).to.have.length(0);

    pick(player, HALF_RIGHT);
    submitQuiz(player);
    await until(() => player.shadowRoot!.querySelector('[part="result"]'), 'the score');
    expect(textOf(part(player, 'result').querySelector('p'))).to.equal(`You scored ${pct(50)}. You need ${pct(60)} to pass.`);
    expect(focused()).to.equal(part(player, 'result'));
    expect(textOf(inShadow(player, `#${part(player, 'result').getAttribute('aria-labelledby')}`)), 'the group focus lands on is named by the score').to.equal(`You scored ${pct(50)}. You need ${pct(60)} to pass.`);
    expect((await progressOf(memberId, course.id)).status).to.equal('IN_PROGRESS');
    await expect(player).to.be.accessible();

    part(player, 'retry-quiz-button').click();
    await until(() => parts(player, 'question').length === 2, 'the quiz again');
    expect(allInShadow<HTMLInputElement>(player, 'input').some((radio) => radio.checked), 'a fresh attempt').to.be.false;
    expect(focused()).to.equal(allInShadow(player, 'input')[0]);

    const completed = oneEvent(portal, 'partner-course-complete') as Promise<PartnerCourseCompleteEvent>;
    pick(player, RIGHT);
    submitQuiz(player);
    const event = await completed;
    const truth = await progressOf(memberId, course.id);
    expect(truth.status).to.equal('COMPLETED');
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail).to.deep.equal({ courseId: course.id, pointsAwarded: course.pointsReward, certificateId: truth.certificate!.id });

    await until(() => player.shadowRoot!.querySelector('[part="completion"]'), 'the completion notice');
    const completion = part(player, 'completion');
    // Announced once, by focus: named by its heading, described by its sentence, in no live
    // region as well, and without the certificate's number read out.
    const byIds = (attribute: string) => completion.getAttribute(attribute)!.split(' ').map((id) => textOf(inShadow(player, `#${id}`))).join(' ');
    expect(byIds('aria-labelledby')).to.equal('Course completed');
    expect(byIds('aria-describedby')).to.equal(`Completed on ${fmt.date('en', truth.completedAt!)}. ${fmt.number('en', course.pointsReward)} points were added to your balance.`);
    expect(completion.closest('[role="status"], [aria-live]'), 'not also a live region').to.be.null;
    expect(textOf(completion.querySelector('h3'))).to.equal('Course completed');
    expect(textOf(completion)).to.contain(`Completed on ${fmt.date('en', truth.completedAt!)}.`).and.contain(`${fmt.number('en', course.pointsReward)} points were added to your balance.`);
    expect(textOf(completion)).to.contain(`Certificate number: ${truth.certificate!.id}`);
    const link = part<HTMLAnchorElement>(player, 'certificate-link');
    // The page beside the API the widget talks to (the test's own truth was asked in-process).
    const expectedUrl = new URL(new URL(truth.certificate!.url).pathname + new URL(truth.certificate!.url).search, await apiUrl()).href;
    expect([textOf(link), link.href, link.target, link.rel]).to.deep.equal(['View certificate', expectedUrl, '_blank', 'noopener']);
    const pdfLink = part<HTMLAnchorElement>(player, 'certificate-pdf-link');
    const expectedPdf = new URL(new URL(truth.certificate!.pdfUrl).pathname + new URL(truth.certificate!.pdfUrl).search, await apiUrl()).href;
    expect([textOf(pdfLink), pdfLink.href, pdfLink.hasAttribute('download')]).to.deep.equal(['Download certificate (PDF)', expectedPdf, true]);
    expect(new URL(pdfLink.href).pathname).to.equal(`/certificates/${truth.certificate!.id}.pdf`);
    await until(() => focused() === completion, 'focus on the completion notice');
    expect(textOf(inShadow(player, '[part="quiz"]'))).to.contain(`You passed with ${pct(100)}.`);
    expect(part<HTMLProgressElement>(player, 'progress').value).to.equal(100);
    expect(stepStates(player).every(Boolean)).to.be.true;

    const after = await pointsOf(memberId);
    expect(after.available).to.equal(before.available + course.pointsReward);
    await until(() => availableShown(balance) === fmt.number('en', after.available), 'the balance on the page shows the points');
    expect(await courseBonuses(memberId, course.id)).to.have.length(1);
    await expect(player).to.be.accessible();
  });

  it('awards the points once for any number of retries and a second player (another tab) passing at the same time', async () => {
    const { memberId } = await createPartner();
    const course = await createCourse();
    await completeByApi(memberId, course.id, course.lessons.map((lesson) => lesson.id));
    // Two tabs: two portals, each with its own client and its own copy of the course.
    const first = (await mount(memberId, course.id)).player;
    const second = (await mount(memberId, course.id)).player;
    const awarded: number[] = [];
    for (const tab of [first, second]) tab.addEventListener('partner-course-complete', (event) => awarded.push(event.detail.pointsAwarded));

    pick(first, HALF_RIGHT);
    submitQuiz(first);
    await until(() => first.shadowRoot!.querySelector('[part="result"]'), 'a failed attempt');
    part(first, 'retry-quiz-button').click();
    await until(() => parts(first, 'question').length === 2, 'the quiz again');

    pick(first, RIGHT);
    pick(second, RIGHT);
    submitQuiz(first);
    submitQuiz(second);
    await until(() => awarded.length === 2, 'both tabs see the course completed');
    expect(awarded.sort((a, b) => b - a), 'one of them earned the points, the other nothing').to.deep.equal([course.pointsReward, 0]);
    for (const tab of [first, second]) await until(() => tab.shadowRoot!.querySelector('[part="certificate-link"]'), 'the certificate in each tab');
    expect(part<HTMLAnchorElement>(first, 'certificate-link').href).to.equal(part<HTMLAnchorElement>(second, 'certificate-link').href);

    const bonuses = await courseBonuses(memberId, course.id);
    expect(bonuses.map((entry) => entry.points)).to.deep.equal([course.pointsReward]);
    expect((await pointsOf(memberId)).available).to.equal(course.pointsReward);
  });

  it('a course without a quiz completes with its last lesson; its certificate page says "genuine", a made-up number "not found"', async () => {
    const { memberId, memberName } = await createPartner();
    const course = await createCourse({ quiz: false, points: 80 });
    await completeByApi(memberId, course.id, course.lessons.slice(0, 2).map((lesson) => lesson.id));
    const { portal, player } = await mount(memberId, course.id);
    expect(shownTitle(player)).to.equal('Spec sheet');
    expect(steps(player).map(textOf).some((label) => label.includes('Quiz'))).to.be.false;

    const completed = oneEvent(portal, 'partner-course-complete') as Promise<PartnerCourseCompleteEvent>;
    part(player, 'complete-button').click();
    const { detail } = await completed;
    expect(detail.pointsAwarded).to.equal(80);
    await until(() => player.shadowRoot!.querySelector('[part="certificate-link"]'), 'the certificate');
    expect(shownTitle(player), 'the last lesson stays in view').to.equal('Spec sheet');
    const url = part<HTMLAnchorElement>(player, 'certificate-link').href;
    expect(new URL(url).pathname).to.equal(`/certificates/${detail.certificateId}`);

    // What anyone holding the link sees, signed in or not.
    const page = await fetch(url, { credentials: 'omit' });
    expect(page.status).to.equal(200);
    const text = await page.text();
    expect(text).to.contain('Genuine: this certificate was issued by').and.contain(memberName).and.contain(course.title).and.contain(detail.certificateId!);
    const madeUp = await fetch(new URL('/certificates/cert_ThisIsNotARealNumber00', url), { credentials: 'omit' });
    expect(madeUp.status).to.equal(404);
    expect(await madeUp.text()).to.contain('Not found: no certificate has this number.').and.not.contain(memberName);

    // The file the PDF link downloads.
    const file = await fetch(part<HTMLAnchorElement>(player, 'certificate-pdf-link').href, { credentials: 'omit' });
    expect([file.status, file.headers.get('content-type'), file.headers.get('content-disposition')]).to.deep.equal([
      200,
      'application/pdf',
      `attachment; filename="certificate-${detail.certificateId}.pdf"`,
    ]);
    expect(new TextDecoder('latin1').decode((await file.arrayBuffer()).slice(0, 5))).to.equal('%PDF-');
  });

  it('keyboard only: a lesson marked complete, the next one reached, the quiz answered with arrow keys and sent with Enter', async () => {
    const { memberId } = await createPartner();
    const course = await createCourse();
    await completeByApi(memberId, course.id, [course.lessons[0].id, course.lessons[1].id]);
    const { player } = await mount(memberId, course.id);
    (player.closest('partner-portal')!.querySelector('button') as HTMLButtonElement).focus();

    expect(shownTitle(player)).to.equal('Spec sheet');
    await tabTo(part(player, 'complete-button'), 20);
    await press('Enter');
    await until(() => shownTitle(player) === 'Quiz', 'the quiz');
    expect(focused()).to.equal(inShadow(player, '#shown'));

    // Into the first question; arrows move between its answers.
    const radios = allInShadow<HTMLInputElement>(player, 'input[type="radio"]');
    await tabTo(radios[0], 5);
    await press('ArrowDown');
    expect(focused()).to.equal(radios[1]);
    expect(radios[1].checked).to.be.true;
    await press('Tab');
    expect(focused()).to.equal(radios[3]);
    await press('Space');
    expect(radios[3].checked).to.be.true;
    await tabTo(part(player, 'submit-button'), 3);
    await press('Enter');
    await until(() => player.shadowRoot!.querySelector('[part="certificate-link"]'), 'completed');
    await until(() => focused() === part(player, 'completion'), 'focus on the completion notice');
    expect((await progressOf(memberId, course.id)).status).to.equal('COMPLETED');
  });

  it('a save that fails says so in place; the lesson stays to try again', async () => {
    const { memberId } = await createPartner();
    const course = await createCourse();
    const { player } = await mount(memberId, course.id);
    await server.stop();
    part(player, 'complete-button').click();
    await until(() => player.shadowRoot!.querySelector('[part="lesson"] [part="error"]'), 'the failure');
    expect(textOf(inShadow(player, '[part="lesson"] [part="error"]'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    expect(shownTitle(player)).to.equal('The range');
    await expect(player).to.be.accessible();
    await server.start();
    part(player, 'complete-button').click();
    await until(() => shownTitle(player) === 'Demo video', 'saved this time');
    expect(player.shadowRoot!.querySelector('[part="error"]')).to.be.null;
  });

  it('a course that does not exist (or no course-id): says so', async () => {
    const portal = await inPortal(persona('silver').memberId, html`<partner-course course-id="crs_nope"></partner-course><partner-course></partner-course>`);
    for (const player of portal.querySelectorAll('partner-course')) {
      await untilReady(player);
      expect(shadowText(player)).to.equal('This course is not available.');
      await expect(player).to.be.accessible();
    }
  });

  it('server down: the network message, and retry brings the course', async () => {
    await server.stop();
    const portal = await inPortal(persona('gold').memberId, html`<partner-course course-id="crs_battery_care"></partner-course>`);
    const player = widget(portal, 'partner-course');
    const error = await untilError(player);
    expect(textOf(error.querySelector('p'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    await expect(player).to.be.accessible();
    await server.start();
    part(player, 'retry-button').click();
    await untilReady(player);
  });

  it('one request loads it with the catalog and the balance', async () => {
    const since = await mark();
    const portal = await inPortal(
      persona('gold').memberId,
      html`<partner-points-balance></partner-points-balance><partner-course-catalog hide-images></partner-course-catalog><partner-course course-id="crs_battery_care"></partner-course>`,
    );
    for (const tag of ['partner-points-balance', 'partner-course-catalog', 'partner-course']) await untilReady(widget(portal, tag));
    await settle();
    const requests = await requestsSince(since);
    expect(requests).to.have.length(1);
    expect(requests[0].operations.sort()).to.deep.equal(['Course', 'CourseCatalog', 'PointsBalance']);
  });

  for (const [locale, expected] of [
    ['nb', { steps: 'Leksjoner', done: '(fullført)', complete: 'Merk som fullført', percent: (p: string) => `${p} fullført` }],
    ['th', { steps: 'บทเรียน', done: '(เรียนจบแล้ว)', complete: 'ทำเครื่องหมายว่าเรียนจบ', percent: (p: string) => `เรียนแล้ว ${p}` }],
    ['ms', { steps: 'Pelajaran', done: '(selesai)', complete: 'Tandakan sebagai selesai', percent: (p: string) => `${p} selesai` }],
  ] as const) {
    it(`speaks ${locale}: the course as the API words it, the player’s texts, numbers and durations ${locale} readers write`, async () => {
      const gold = persona('gold');
      const { course } = await asMember(gold.memberId, `{ course(id: "crs_battery_care") { title pointsReward lessons { title } progress { percent } } }`, {}, locale);
      const { player } = await mount(gold.memberId, 'crs_battery_care', { locale });
      expect(textOf(inShadow(player, 'h2'))).to.equal(course.title);
      expect(textOf(inShadow(player, 'nav')).replace(/\s+/g, ' ')).to.contain(course.lessons[0].title).and.contain(expected.done);
      expect(inShadow(player, 'nav').getAttribute('aria-label')).to.equal(expected.steps);
      expect(textOf(part(player, 'reward'))).to.contain(fmt.number(locale, course.pointsReward));
      expect(textOf(inShadow(player, '.progress span'))).to.equal(expected.percent(fmt.number(locale, course.progress.percent / 100, { style: 'percent' })).replace(/\s+/g, ' '));
      expect(textOf(part(player, 'complete-button'))).to.equal(expected.complete);
      await expect(player).to.be.accessible();
    });
  }
});
