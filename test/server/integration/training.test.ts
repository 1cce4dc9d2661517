import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { startTestServer, ok, errorCode, type TestServer } from '../support/harness.js';
import { createMember, createPartner } from '../../../server/src/services/partners.js';

const PROGRESS = `courseId status completedLessonIds currentLessonId percent quizAttempts bestScorePct completedAt
  certificate { id courseTitle memberName partnerName issuedAt }`;
const COURSE = `id title summary topic level durationMinutes pointsReward imageUrl
  lessons { id position title kind bodyHtml videoUrl captions { language label url } documentUrl durationMinutes }
  quiz { id passPct questions { id prompt options { id label } } }
  progress { ${PROGRESS} }`;
const UPSERT_COURSE = `mutation($input: UpsertCourseInput!) { upsertCourse(input: $input) { ${COURSE} } }`;
const GET_COURSE = `query($id: ID!) { course(id: $id) { ${COURSE} } }`;
const COURSES = `query($first: Int, $after: String, $filter: CourseFilter) { courses(first: $first, after: $after, filter: $filter) {
  nodes { id title progress { status } } edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
const COMPLETE = `mutation($courseId: ID!, $lessonId: ID!) { completeLesson(input: { courseId: $courseId, lessonId: $lessonId }) { ${PROGRESS} } }`;
const SUBMIT = `mutation($input: SubmitQuizInput!) { submitQuiz(input: $input) { passed scorePct pointsAwarded progress { ${PROGRESS} pointsAwarded } } }`;
const VERIFY = `query($id: ID!) { verifyCertificate(id: $id) { valid certificate { id courseTitle memberName partnerName issuedAt } } }`;
const POINTS = `{ viewer { partner { points { available pending } } } }`;
const BONUSES = `{ viewer { partner { ledger(first: 100, types: [BONUS]) { nodes { points reason source { kind reference } member { id } } } } } }`;

const text = (en: string) => ({ en, th: `${en} (th)` });
const XSS_BODY =
  '<p>Welcome <strong>partner</strong><script>alert(1)</script><img src=x onerror="alert(2)">' +
  '<a href="javascript:alert(3)">bad</a> <a href="https://docs.example/drills" onclick="alert(4)">guide</a></p>' +
  '<iframe src="https://evil.example"></iframe><svg onload="alert(5)"></svg>';

const drillsCourse = (extra: Record<string, unknown> = {}) => ({
  title: text('Selling cordless drills'),
  summary: text('Everything about our drill range.'),
  topic: 'sales',
  level: 'BEGINNER',
  pointsReward: 150,
  imageUrl: 'https://cdn.example/drills.png',
  lessons: [
    { title: text('The range'), kind: 'TEXT', bodyHtml: { en: XSS_BODY, th: '<p onmouseover="x()">สวัสดี</p>' }, durationMinutes: 10 },
    {
      title: text('Demo video'),
      kind: 'VIDEO',
      videoUrl: 'https://video.example/drills.mp4',
      captions: [
        { language: 'en', url: 'https://video.example/drills.en.vtt' },
        { language: 'TH', url: 'https://video.example/drills.th.vtt' },
        { language: 'nb-no', url: 'https://video.example/drills.nb.vtt' },
      ],
      durationMinutes: 15,
    },
  ],
  quizPassPct: 60,
  quiz: [
    { prompt: text('Which battery lasts longest?'), options: [text('2 Ah'), text('5 Ah'), text('1.5 Ah')], correctOption: 1 },
    { prompt: text('Brushless motors are…'), options: [text('more efficient'), text('louder')], correctOption: 0 },
  ],
  ...extra,
});

interface Course {
  id: string;
  lessons: { id: string; position: number; bodyHtml: string | null; captions: { language: string; label: string; url: string }[] }[];
  quiz: { passPct: number; questions: { id: string; options: { id: string }[] }[] } | null;
  progress: any;
}

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe('training: courses, quizzes and certificates', () => {
  let drills: Course;
  let safety: Course;
  let certificateId: string;

  const points = async (memberId: string) => ok(await server.member(memberId, POINTS)).viewer.partner.points;
  const courseBonuses = async (memberId: string, courseId: string) =>
    ok(await server.member(memberId, BONUSES)).viewer.partner.ledger.nodes.filter(
      (entry: any) => entry.source.kind === 'COURSE' && entry.source.reference === courseId,
    );
  const course = async (memberId: string, id: string): Promise<Course> => ok(await server.member(memberId, GET_COURSE, { id })).course;
  const complete = (memberId: string, courseId: string, lessonId: string) => server.member(memberId, COMPLETE, { courseId, lessonId });
  /** Answers picking option `picks[i]` for question i. */
  const answers = (c: Course, picks: number[]) => c.quiz!.questions.map((q, i) => ({ questionId: q.id, optionId: q.options[picks[i]].id }));
  const submit = (memberId: string, courseId: string, answerList: { questionId: string; optionId: string }[]) =>
    server.member(memberId, SUBMIT, { input: { courseId, answers: answerList } });
  const RIGHT = [1, 0];
  const HALF_RIGHT = [1, 1];

  before(async () => {
    drills = ok(await server.admin(UPSERT_COURSE, { input: drillsCourse() })).upsertCourse;
    safety = ok(
      await server.admin(UPSERT_COURSE, {
        input: {
          title: text('Workshop safety'),
          summary: text('Keep customers safe.'),
          topic: 'safety',
          level: 'ADVANCED',
          pointsReward: 40,
          lessons: [{ title: text('Checklist'), kind: 'DOCUMENT', documentUrl: 'https://docs.example/safety.pdf', durationMinutes: 5 }],
        },
      }),
    ).upsertCourse;
  });

  it('creates a course with lessons and a quiz through the admin API', () => {
    assert.match(drills.id, /^crs_/);
    assert.equal(drills.lessons.length, 2);
    assert.deepEqual(drills.lessons.map((l) => l.position), [1, 2]);
    assert.ok(drills.lessons.every((l) => l.id.startsWith('les_')));
    assert.equal(drills.quiz?.passPct, 60);
    assert.equal(drills.quiz?.questions.length, 2);
    assert.deepEqual(drills.quiz?.questions.map((q) => q.options.length), [3, 2]);
    assert.ok(drills.quiz!.questions.every((q) => q.id.startsWith('qq_') && q.options.every((o) => o.id.startsWith('opt_'))));
    assert.equal(safety.quiz, null);
    // The supplier follows no course.
    assert.equal(drills.progress.status, 'NOT_STARTED');
  });

  it('serves the lesson body sanitized, in the request locale', async () => {
    const c = await course('mem_a1', drills.id);
    const body = c.lessons[0].bodyHtml!;
    assert.doesNotMatch(body, /script|onerror|onclick|javascript:|iframe|svg|<img/i);
    assert.match(body, /<strong>partner<\/strong>/);
    assert.match(body, /<a href="https:\/\/docs\.example\/drills" rel="noopener noreferrer" target="_blank">guide<\/a>/);
    assert.match(body, /bad/, 'the text of a refused link stays');
    const th = ok(await server.member('mem_a1', GET_COURSE, { id: drills.id }, 'th')).course;
    assert.equal(th.lessons[0].bodyHtml, '<p>สวัสดี</p>');
    assert.equal(th.title, 'Selling cordless drills (th)');
    assert.equal(c.lessons[1].bodyHtml, null);
  });

  it('keeps a video lesson’s captions per language: canonical tags, each named in its own language', async () => {
    const c = await course('mem_a1', drills.id);
    assert.deepEqual(c.lessons[1].captions, [
      { language: 'en', label: 'English', url: 'https://video.example/drills.en.vtt' },
      { language: 'th', label: 'ไทย', url: 'https://video.example/drills.th.vtt' },
      { language: 'nb-NO', label: 'Norsk bokmål (Norge)', url: 'https://video.example/drills.nb.vtt' },
    ]);
    // The names do not follow the reader's language: a Thai speaker finds "ไทย" in any menu.
    const nb = ok(await server.member('mem_a1', GET_COURSE, { id: drills.id }, 'nb')).course;
    assert.deepEqual(nb.lessons[1].captions.map((track: any) => track.label), ['English', 'ไทย', 'Norsk bokmål (Norge)']);
    assert.deepEqual(c.lessons[0].captions, [], 'a text lesson has none');
  });

  it('sanitizes on read too, for rows that did not come through the API', async () => {
    await server.server.deps.db
      .updateTable('lessons')
      .set({ body_html: JSON.stringify({ en: '<p onclick="x()">raw</p><script>alert(1)</script><a href="javascript:x()">y</a>' }) })
      .where('id', '=', safety.lessons[0].id)
      .execute();
    const c = await course('mem_a1', safety.id);
    assert.equal(c.lessons[0].bodyHtml, '<p>raw</p>y');
  });

  it('never exposes the right answers', async () => {
    const response = await server.member('mem_a1', `query($id: ID!) { course(id: $id) { quiz { questions { correctOption options { id correct } } } } }`, {
      id: drills.id,
    });
    assert.equal(errorCode(response), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('starts NOT_STARTED, pointing at the first lesson, with the course duration summed', async () => {
    const c = await course('mem_a1', drills.id);
    assert.equal((c as any).durationMinutes, 25);
    assert.deepEqual(
      { ...c.progress, completedAt: undefined },
      {
        courseId: drills.id,
        status: 'NOT_STARTED',
        completedLessonIds: [],
        currentLessonId: drills.lessons[0].id,
        percent: 0,
        quizAttempts: 0,
        bestScorePct: null,
        completedAt: undefined,
        certificate: null,
      },
    );
  });

  it('saves a completed lesson once and resumes at the next one on any later request', async () => {
    const first = ok(await complete('mem_a1', drills.id, drills.lessons[0].id)).completeLesson;
    assert.equal(first.status, 'IN_PROGRESS');
    assert.deepEqual(first.completedLessonIds, [drills.lessons[0].id]);
    assert.equal(first.currentLessonId, drills.lessons[1].id);
    assert.equal(first.percent, 33, '1 of 3 steps (2 lessons + quiz)');
    const again = ok(await complete('mem_a1', drills.id, drills.lessons[0].id)).completeLesson;
    assert.deepEqual(again.completedLessonIds, [drills.lessons[0].id], 'completing twice keeps one id');
    const resumed = (await course('mem_a1', drills.id)).progress;
    assert.equal(resumed.currentLessonId, drills.lessons[1].id);
    assert.equal(resumed.status, 'IN_PROGRESS');
  });

  it('keeps progress per member: other members, in this partner or another, have their own', async () => {
    assert.equal((await course('mem_b1', drills.id)).progress.status, 'NOT_STARTED');
    assert.deepEqual((await course('mem_b1', drills.id)).progress.completedLessonIds, []);
    assert.equal((await course('mem_a2', drills.id)).progress.status, 'NOT_STARTED');
  });

  it('refuses a lesson of another course, or an unknown course, writing nothing', async () => {
    assert.equal(errorCode(await complete('mem_b1', drills.id, safety.lessons[0].id)), 'NOT_FOUND');
    assert.equal(errorCode(await complete('mem_b1', 'crs_nope', drills.lessons[0].id)), 'NOT_FOUND');
    assert.equal(errorCode(await complete('mem_b1', drills.id, 'les_nope')), 'NOT_FOUND');
    assert.equal((await course('mem_b1', drills.id)).progress.status, 'NOT_STARTED');
    assert.equal(await server.member('mem_b1', GET_COURSE, { id: 'crs_nope' }).then((r) => ok(r).course), null);
  });

  it('refuses malformed quiz answers without counting an attempt', async () => {
    const right = answers(drills, RIGHT);
    const cases: [string, { questionId: string; optionId: string }[]][] = [
      ['a question missing', right.slice(0, 1)],
      ['a question twice', [...right, right[0]]],
      ['an option of another question', [right[0], { questionId: right[1].questionId, optionId: right[0].optionId }]],
      ['an unknown question', [...right, { questionId: 'qq_nope', optionId: right[0].optionId }]],
      ['no answers', []],
    ];
    for (const [label, list] of cases) {
      const response = await submit('mem_a1', drills.id, list);
      assert.equal(errorCode(response), 'BAD_USER_INPUT', label);
      assert.ok(response.errors?.[0].extensions?.field, `${label}: names the field`);
    }
    assert.equal(errorCode(await submit('mem_a1', safety.id, [])), 'NOT_FOUND', 'a course without a quiz');
    assert.equal((await course('mem_a1', drills.id)).progress.quizAttempts, 0);
  });

  it('grades a failed attempt, counting it and keeping the best score', async () => {
    const result = ok(await submit('mem_a1', drills.id, answers(drills, HALF_RIGHT))).submitQuiz;
    assert.equal(result.passed, false);
    assert.equal(result.scorePct, 50);
    assert.equal(result.pointsAwarded, 0);
    assert.equal(result.progress.quizAttempts, 1);
    assert.equal(result.progress.bestScorePct, 50);
    assert.equal(result.progress.status, 'IN_PROGRESS');
  });

  it('does not complete a course with a quiz until the quiz is passed', async () => {
    const progress = ok(await complete('mem_a1', drills.id, drills.lessons[1].id)).completeLesson;
    assert.equal(progress.status, 'IN_PROGRESS');
    assert.equal(progress.percent, 66, '2 of 3 steps');
    assert.equal(progress.currentLessonId, null, 'no lesson left');
    assert.equal(progress.certificate, null);
    assert.deepEqual(await points('mem_a1'), { available: 0, pending: 0 });
  });

  it('completes on passing: points available at once, a certificate issued', async () => {
    const result = ok(await submit('mem_a1', drills.id, answers(drills, RIGHT))).submitQuiz;
    assert.equal(result.passed, true);
    assert.equal(result.scorePct, 100);
    assert.equal(result.pointsAwarded, 150);
    const p = result.progress;
    assert.equal(p.status, 'COMPLETED');
    assert.equal(p.percent, 100);
    assert.equal(p.quizAttempts, 2);
    assert.equal(p.bestScorePct, 100);
    assert.equal(p.completedAt, '2026-11-23T12:00:00.000Z');
    assert.match(p.certificate.id, /^cert_[A-Za-z0-9_-]{22}$/);
    assert.deepEqual(
      { ...p.certificate, id: undefined },
      { id: undefined, courseTitle: 'Selling cordless drills', memberName: 'Ada Alpha', partnerName: 'Alpha Retail', issuedAt: '2026-11-23T12:00:00.000Z' },
    );
    certificateId = p.certificate.id;
    assert.deepEqual(await points('mem_a1'), { available: 150, pending: 0 });
    const bonuses = await courseBonuses('mem_a1', drills.id);
    assert.equal(bonuses.length, 1);
    assert.equal(bonuses[0].points, 150);
    assert.equal(bonuses[0].member.id, 'mem_a1', 'attributed to the member');
    assert.equal(bonuses[0].reason, 'Course completed: Selling cordless drills');
  });

  it('awards the points exactly once under replays, retries and worse answers later', async () => {
    const replay = ok(await submit('mem_a1', drills.id, answers(drills, RIGHT))).submitQuiz;
    assert.equal(replay.passed, true);
    assert.equal(replay.pointsAwarded, 0);
    assert.equal(replay.progress.certificate.id, certificateId, 'the same certificate');
    const worse = ok(await submit('mem_a1', drills.id, answers(drills, [0, 1]))).submitQuiz;
    assert.equal(worse.scorePct, 0);
    assert.equal(worse.progress.bestScorePct, 100, 'the best score stays');
    assert.equal(worse.progress.status, 'COMPLETED');
    assert.equal(worse.progress.quizAttempts, 4);
    const again = ok(await complete('mem_a1', drills.id, drills.lessons[0].id)).completeLesson;
    assert.equal(again.status, 'COMPLETED');
    assert.equal(again.certificate.id, certificateId);
    assert.deepEqual(await points('mem_a1'), { available: 150, pending: 0 });
    assert.equal((await courseBonuses('mem_a1', drills.id)).length, 1);
  });

  it('awards once when five passing attempts arrive at the same time', async () => {
    // mem_a2 (same partner) earns for the partner too — once.
    for (const lesson of drills.lessons) ok(await complete('mem_a2', drills.id, lesson.id));
    const results = await Promise.all(Array.from({ length: 5 }, () => submit('mem_a2', drills.id, answers(drills, RIGHT))));
    const graded = results.map((r) => ok(r).submitQuiz);
    assert.equal(graded.reduce((sum, r) => sum + r.pointsAwarded, 0), 150);
    assert.deepEqual(graded.map((r) => r.progress.pointsAwarded), graded.map((r) => r.pointsAwarded), 'the progress in the answer says the same');
    assert.ok(graded.every((r) => r.passed && r.progress.status === 'COMPLETED'));
    assert.equal(new Set(graded.map((r) => r.progress.certificate.id)).size, 1, 'one certificate');
    assert.equal((await course('mem_a2', drills.id)).progress.quizAttempts, 5);
    assert.deepEqual(await points('mem_a2'), { available: 300, pending: 0 });
    const bonuses = await courseBonuses('mem_a2', drills.id);
    assert.deepEqual(bonuses.map((b: any) => b.member.id).sort(), ['mem_a1', 'mem_a2']);
  });

  it('completes a course without a quiz when its lessons are done, once under concurrent requests', async () => {
    const COMPLETE_AWARDED = `mutation($courseId: ID!, $lessonId: ID!) { completeLesson(input: { courseId: $courseId, lessonId: $lessonId }) { status pointsAwarded } }`;
    const results = await Promise.all(Array.from({ length: 5 }, () => server.member('mem_b1', COMPLETE_AWARDED, { courseId: safety.id, lessonId: safety.lessons[0].id })));
    for (const r of results) assert.equal(ok(r).completeLesson.status, 'COMPLETED');
    assert.deepEqual(results.map((r) => ok(r).completeLesson.pointsAwarded).sort((a, b) => b - a), [40, 0, 0, 0, 0], 'the answer that completed it says so, once');
    const read = ok(await server.member('mem_b1', `query($id: ID!) { course(id: $id) { progress { pointsAwarded } } }`, { id: safety.id })).course;
    assert.equal(read.progress.pointsAwarded, 0, 'a read credits nothing');
    assert.deepEqual(await points('mem_b1'), { available: 40, pending: 0 });
    assert.equal((await courseBonuses('mem_b1', safety.id)).length, 1);
    assert.deepEqual(await points('mem_a1'), { available: 300, pending: 0 }, 'partner A is untouched');
  });

  it('verifies a certificate for anyone holding its id, signed in or not, and rejects unknown ids', async () => {
    const anonymous = (q: string, v: any) => server.post({ query: q, variables: v }).then((r) => r.body);
    // A token that fails verification is no reason to refuse a public answer.
    const forged = (q: string, v: any) => server.post({ query: q, variables: v }, { authorization: 'Bearer not.a.token' }).then((r) => r.body);
    for (const ask of [(q: string, v: any) => server.member('mem_b2', q, v), (q: string, v: any) => server.admin(q, v), anonymous, forged]) {
      const verification = ok(await ask(VERIFY, { id: certificateId })).verifyCertificate;
      assert.equal(verification.valid, true);
      assert.deepEqual(verification.certificate, {
        id: certificateId,
        courseTitle: 'Selling cordless drills',
        memberName: 'Ada Alpha',
        partnerName: 'Alpha Retail',
        issuedAt: '2026-11-23T12:00:00.000Z',
      });
    }
    assert.deepEqual(ok(await anonymous(VERIFY, { id: 'cert_AAAAAAAAAAAAAAAAAAAAAA' })).verifyCertificate, { valid: false, certificate: null });
    assert.deepEqual(ok(await server.member('mem_b2', VERIFY, { id: 'x'.repeat(500) })).verifyCertificate, { valid: false, certificate: null });
    // Only the verdict is public: the course list still needs a token.
    assert.equal(errorCode(await anonymous(COURSES, {})), 'UNAUTHENTICATED');
  });

  it('links each certificate to its public page beside /graphql, in the reader’s language, behind a proxy too', async () => {
    const origin = new URL(server.url).origin;
    const urlOf = async (headers: Record<string, string>) =>
      ok((await server.post({ query: `query($id: ID!) { verifyCertificate(id: $id) { certificate { url } } }`, variables: { id: certificateId } }, headers)).body)
        .verifyCertificate.certificate.url;
    assert.equal(await urlOf({}), `${origin}/certificates/${certificateId}?lang=en`);
    assert.equal(await urlOf({ 'accept-language': 'nb-NO,nb;q=0.9' }), `${origin}/certificates/${certificateId}?lang=nb`);
    assert.equal(
      await urlOf({ 'x-forwarded-proto': 'https', 'x-forwarded-host': 'loyalty.example.com' }),
      `https://loyalty.example.com/certificates/${certificateId}?lang=en`,
    );
    const mine = ok(await server.member('mem_a1', `query($id: ID!) { course(id: $id) { progress { certificate { id url pdfUrl } } } }`, { id: drills.id }, 'th')).course.progress.certificate;
    assert.deepEqual(mine, { id: certificateId, url: `${origin}/certificates/${certificateId}?lang=th`, pdfUrl: `${origin}/certificates/${certificateId}.pdf?lang=th` });
  });

  it('serves the certificate’s public page: printable, "genuine" for a real id, 404 "not found" for any other', async () => {
    const page = (path: string, init: RequestInit = {}) => fetch(new URL(path, server.url), init);
    const real = await page(`/certificates/${certificateId}?lang=en`);
    assert.equal(real.status, 200);
    assert.equal(real.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(real.headers.get('access-control-allow-origin'), '*', 'any page may check a certificate');
    assert.match(real.headers.get('content-security-policy') ?? '', /default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
    assert.equal(real.headers.get('cache-control'), 'no-store');
    const html = await real.text();
    assert.match(html, /<html lang="en">/);
    assert.match(html, /Genuine: this certificate was issued by Test Program\./);
    assert.match(html, /<p class="name">Ada Alpha<\/p>/);
    assert.match(html, /of Alpha Retail/);
    assert.match(html, /<p class="course">Selling cordless drills<\/p>/);
    assert.match(html, /<time datetime="2026-11-23T12:00:00.000Z">November 23, 2026<\/time>/);
    assert.match(html, new RegExp(`<code>${certificateId}</code>`));
    assert.match(html, /Print or save as PDF/);
    assert.match(html, new RegExp(`<a href="${certificateId}\\.pdf\\?lang=en" download>Download as PDF</a>`), 'the file, from the page');

    const thai = await (await page(`/certificates/${certificateId}?lang=th`)).text();
    assert.match(thai, /<html lang="th">/);
    assert.match(thai, /ใบรับรองการสำเร็จหลักสูตร/);
    assert.match(thai, /Selling cordless drills \(th\)/, 'the course title in Thai');
    assert.match(thai, /2569/, 'a Thai date in the Buddhist era');
    const norwegian = await (await page(`/certificates/${certificateId}`, { headers: { 'accept-language': 'nb' } })).text();
    assert.match(norwegian, /Ekte: dette kursbeviset er utstedt av Test Program\./);

    for (const path of ['/certificates/cert_AAAAAAAAAAAAAAAAAAAAAA', `/certificates/${'x'.repeat(500)}`, '/certificates/', '/certificates/%E0%A4%A']) {
      const missing = await page(path);
      assert.equal(missing.status, 404, path);
      const text = await missing.text();
      assert.match(text, /Not found: no certificate has this number\./, path);
      assert.doesNotMatch(text, /Ada Alpha|<button/, path);
    }
    const head = await page(`/certificates/${certificateId}`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    const post = await page(`/certificates/${certificateId}`, { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD');
  });

  describe('the certificate as a PDF file', () => {
    const file = async (path: string, headers: Record<string, string> = {}) => {
      const response = await fetch(new URL(path, server.url), { headers });
      return { response, pdf: Buffer.from(await response.arrayBuffer()) };
    };
    /** Every stream of the file, inflated: the fonts' ToUnicode maps say which characters the page draws. */
    const streams = (pdf: Buffer) => {
      const found: string[] = [];
      const raw = pdf.toString('latin1');
      for (const match of raw.matchAll(/\/FlateDecode[^]*?stream\r?\n/g)) {
        const start = match.index! + match[0].length;
        const end = raw.indexOf('endstream', start);
        try {
          found.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
        } catch {
          /* a font program's own compression: not text */
        }
      }
      return found.join('\n');
    };
    /** A plain (ASCII) entry of the file's metadata, written inline or as an object of its own. */
    const info = (pdf: Buffer, key: string) => {
      const text = pdf.toString('latin1');
      const entry = new RegExp(`/${key} (?:\\((.*?)\\)|(\\d+) 0 R)`).exec(text);
      if (!entry || entry[1] !== undefined) return entry?.[1];
      return new RegExp(`\\n${entry[2]} 0 obj\\s*\\((.*?)\\)\\s*endobj`).exec(text)?.[1];
    };
    const hex = (text: string) => [...text].map((char) => char.codePointAt(0)!.toString(16).padStart(4, '0'));

    it('is a download of the certificate: a PDF named after it, with its number, the check address and the member’s language', async () => {
      const { response, pdf } = await file(`/certificates/${certificateId}.pdf?lang=en`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/pdf');
      assert.equal(response.headers.get('content-disposition'), `attachment; filename="certificate-${certificateId}.pdf"`);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.equal(Number(response.headers.get('content-length')), pdf.length);
      const text = pdf.toString('latin1');
      assert.ok(text.startsWith('%PDF-'), 'a PDF header');
      assert.match(text.trimEnd(), /%%EOF$/, 'a PDF trailer');
      assert.equal(info(pdf, 'Keywords'), certificateId, 'the number in the file’s metadata');
      assert.match(text, /\/Lang \(en\)/);
      // The address anyone can check it at, as a link: the page beside /graphql, without ?lang=.
      assert.match(text, new RegExp(`/URI \\(${new URL(`/certificates/${certificateId}`, server.url).href.replace(/[/.]/g, '\\$&')}\\)`));
      assert.match(text, /\/FontFile2 \d+ 0 R/, 'an embedded font');
      assert.match(text, /\/BaseFont \/[A-Z]{6}\+NotoSansThai-Regular/, 'a subset of it');
      const drawn = streams(pdf);
      for (const code of hex('Ada Alpha Retail Selling cordless drills')) assert.match(drawn, new RegExp(`<${code}>`, 'i'), `U+${code} drawn`);

      const norwegian = await file(`/certificates/${certificateId}.pdf`, { 'accept-language': 'nb-NO,nb;q=0.9' });
      assert.match(norwegian.pdf.toString('latin1'), /\/Lang \(nb\)/, 'the language the page would use');
      const proxied = await file(`/certificates/${certificateId}.pdf`, { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'loyalty.example.com' });
      assert.match(proxied.pdf.toString('latin1'), new RegExp(`/URI \\(https://loyalty\\.example\\.com/certificates/${certificateId}\\)`), 'behind a proxy, the public address');

      const head = await fetch(new URL(`/certificates/${certificateId}.pdf`, server.url), { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal(head.headers.get('content-type'), 'application/pdf');
      assert.equal(await head.text(), '');
    });

    it('draws a Thai member’s name and a Thai course title with an embedded Thai font', async () => {
      const partner = await createPartner(server.server.deps.db, { name: 'บริษัท ช่างไทย จำกัด', domain: 'chang-thai.example', joinedAt: new Date('2026-01-05T00:00:00Z') });
      const member = await createMember(server.server.deps.db, { partnerId: partner.id, name: 'สมชาย ใจดี', email: 'somchai@chang-thai.example', role: 'OWNER' });
      let progress: any;
      for (const lesson of safety.lessons) progress = ok(await complete(member.id, safety.id, lesson.id)).completeLesson;
      assert.equal(progress.status, 'COMPLETED');
      const id = progress.certificate.id;
      const pdfUrl = ok(await server.member(member.id, `query($id: ID!) { course(id: $id) { progress { certificate { pdfUrl } } } }`, { id: safety.id }, 'th')).course.progress.certificate.pdfUrl;
      assert.equal(new URL(pdfUrl).search, '?lang=th');

      const { response, pdf } = await file(new URL(pdfUrl).pathname + new URL(pdfUrl).search);
      assert.equal(response.status, 200);
      const text = pdf.toString('latin1');
      assert.equal(info(pdf, 'Keywords'), id);
      assert.match(text, /\/Lang \(th\)/);
      assert.match(text, /\/FontFile2 \d+ 0 R/);
      assert.match(text, /\/BaseFont \/[A-Z]{6}\+NotoSansThai-Bold/, 'the name and title in bold');
      const drawn = streams(pdf);
      // Name, partner, the course title in Thai and the Thai heading: every character is in a font's map.
      for (const code of hex('สมชาย ใจดี บริษัท ช่างไทย จำกัด Workshop safety (th) ใบรับรองการสำเร็จหลักสูตร')) {
        assert.match(drawn, new RegExp(`<${code}>`, 'i'), `U+${code} drawn`);
      }
    });

    it('is not found for a number that is no certificate', async () => {
      for (const path of ['/certificates/cert_AAAAAAAAAAAAAAAAAAAAAA.pdf', `/certificates/${'x'.repeat(500)}.pdf`, '/certificates/.pdf']) {
        const { response, pdf } = await file(path);
        assert.equal(response.status, 404, path);
        assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8', path);
        assert.match(pdf.toString('utf8'), /Not found: no certificate has this number\./, path);
      }
    });
  });

  it('names the topics that have courses, in the reader’s language, for the filter', async () => {
    const TOPICS = `{ courseTopics { code name } }`;
    // Unnamed topics read as their code.
    assert.deepEqual(ok(await server.member('mem_a1', TOPICS)).courseTopics, [
      { code: 'safety', name: 'safety' },
      { code: 'sales', name: 'sales' },
    ]);
    const UPSERT_TOPIC = `mutation($input: UpsertCourseTopicInput!) { upsertCourseTopic(input: $input) { code name } }`;
    assert.deepEqual(ok(await server.admin(UPSERT_TOPIC, { input: { code: 'sales', name: text('Selling'), position: 1 } })).upsertCourseTopic, { code: 'sales', name: 'Selling' });
    ok(await server.admin(UPSERT_TOPIC, { input: { code: 'sales', name: { en: 'Sales', th: 'การขาย' }, position: 1 } }));
    ok(await server.admin(UPSERT_TOPIC, { input: { code: 'safety', name: { en: 'Safety', nb: 'Sikkerhet' }, position: 2 } }));
    // A named topic without courses is not offered: the filter would only ever find nothing.
    ok(await server.admin(UPSERT_TOPIC, { input: { code: 'finance', name: text('Finance') } }));
    assert.deepEqual(ok(await server.member('mem_a1', TOPICS, {}, 'th')).courseTopics, [
      { code: 'sales', name: 'การขาย' },
      { code: 'safety', name: 'Safety' },
    ]);
    assert.deepEqual(ok(await server.member('mem_a1', TOPICS, {}, 'nb')).courseTopics.map((topic: any) => topic.name), ['Sales', 'Sikkerhet']);

    assert.equal(errorCode(await server.member('mem_a1', UPSERT_TOPIC, { input: { code: 'sales', name: text('Mine') } })), 'FORBIDDEN');
    for (const [input, field] of [
      [{ code: ' ', name: text('Blank') }, 'code'],
      [{ code: 'x'.repeat(61), name: text('Long') }, 'code'],
      [{ code: 'ok', name: { en: '' } }, 'name.en'],
      [{ code: 'ok', name: text('Minus'), position: -1 }, 'position'],
    ] as const) {
      const response = await server.admin(UPSERT_TOPIC, { input });
      assert.equal(errorCode(response), 'BAD_USER_INPUT', field);
      assert.equal(response.errors?.[0]?.extensions?.field, field);
    }
    assert.equal(ok(await server.member('mem_a1', TOPICS)).courseTopics.length, 2, 'nothing written by the refused ones');
  });

  it('filters the catalogue by topic, level and the viewer’s status, and pages through it', async () => {
    const ids = async (memberId: string, filter: Record<string, unknown>) =>
      ok(await server.member(memberId, COURSES, { filter })).courses.nodes.map((n: any) => n.id);
    assert.deepEqual(await ids('mem_a1', { topic: 'sales' }), [drills.id]);
    assert.deepEqual(await ids('mem_a1', { level: 'ADVANCED' }), [safety.id]);
    assert.deepEqual(await ids('mem_a1', { status: 'COMPLETED' }), [drills.id]);
    assert.deepEqual(await ids('mem_a1', { status: 'NOT_STARTED' }), [safety.id]);
    assert.deepEqual(await ids('mem_a1', { status: 'IN_PROGRESS' }), []);
    assert.deepEqual(await ids('mem_b2', { status: 'NOT_STARTED' }), [drills.id, safety.id]);
    assert.deepEqual(await ids('mem_a1', { status: 'COMPLETED', topic: 'safety' }), []);

    const third = ok(await server.admin(UPSERT_COURSE, { input: drillsCourse({ title: text('Drills II'), quiz: null, quizPassPct: null }) })).upsertCourse;
    ok(await complete('mem_b2', third.id, third.lessons[0].id));
    assert.deepEqual(await ids('mem_b2', { status: 'IN_PROGRESS' }), [third.id]);

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: any = ok(await server.member('mem_a1', COURSES, { first: 1, after })).courses;
      seen.push(...result.nodes.map((n: any) => n.id));
      assert.equal(result.edges[0].node.id, result.nodes[0].id);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    assert.deepEqual(seen, [drills.id, safety.id, third.id], 'creation order, each once');
    assert.equal(errorCode(await server.member('mem_a1', COURSES, { after: 'garbage' })), 'BAD_USER_INPUT');
  });

  it('validates course input field by field and writes nothing on failure', async () => {
    const count = async () => ok(await server.admin(COURSES, { first: 100 })).courses.nodes.length;
    const before = await count();
    const bad: [Record<string, unknown>, string][] = [
      [{ quizPassPct: 0 }, 'quizPassPct'],
      [{ quizPassPct: 101 }, 'quizPassPct'],
      [{ quizPassPct: null }, 'quizPassPct'],
      [{ quiz: [{ prompt: text('Q'), options: [text('A'), text('B')], correctOption: 2 }] }, 'quiz.0.correctOption'],
      [{ quiz: [{ prompt: text('Q'), options: [text('A'), text('B')], correctOption: -1 }] }, 'quiz.0.correctOption'],
      [{ quiz: [{ prompt: text('Q'), options: [text('A')], correctOption: 0 }] }, 'quiz.0.options'],
      [{ title: { en: '  ' } }, 'title.en'],
      [{ title: { en: 'x'.repeat(121) } }, 'title.en'],
      [{ topic: '' }, 'topic'],
      [{ pointsReward: -1 }, 'pointsReward'],
      [{ imageUrl: 'javascript:alert(1)' }, 'imageUrl'],
      [{ lessons: [] }, 'lessons'],
      [{ lessons: [{ title: text('L'), kind: 'VIDEO', videoUrl: 'ftp://video.example/x', durationMinutes: 5 }] }, 'lessons.0.videoUrl'],
      [{ lessons: [{ title: text('L'), kind: 'VIDEO', durationMinutes: 5 }] }, 'lessons.0.videoUrl'],
      [{ lessons: [{ title: text('L'), kind: 'TEXT', bodyHtml: { en: '<p>x</p>' }, durationMinutes: 0 }] }, 'lessons.0.durationMinutes'],
      ...(['english', 'en_US', '', 'und', '12', 'x'.repeat(40)].map((language) => [
        { lessons: [{ title: text('L'), kind: 'VIDEO', videoUrl: 'https://video.example/x', captions: [{ language: 'en', url: 'https://video.example/x.vtt' }, { language, url: 'https://video.example/y.vtt' }], durationMinutes: 5 }] },
        'lessons.0.captions.1.language',
      ]) as [Record<string, unknown>, string][]),
      [{ lessons: [{ title: text('L'), kind: 'VIDEO', videoUrl: 'https://video.example/x', captions: [{ language: 'th', url: 'javascript:alert(1)' }], durationMinutes: 5 }] }, 'lessons.0.captions.0.url'],
      [
        { lessons: [{ title: text('L'), kind: 'VIDEO', videoUrl: 'https://video.example/x', captions: [{ language: 'th', url: 'https://video.example/a.vtt' }, { language: 'th-TH', url: 'https://video.example/b.vtt' }, { language: 'TH', url: 'https://video.example/c.vtt' }], durationMinutes: 5 }] },
        'lessons.0.captions.2.language',
      ],
      [{ lessons: [{ title: text('L'), kind: 'DOCUMENT', documentUrl: 'data:application/pdf;base64,AA', durationMinutes: 3 }] }, 'lessons.0.documentUrl'],
    ];
    for (const [change, field] of bad) {
      const response = await server.admin(UPSERT_COURSE, { input: drillsCourse(change) });
      assert.equal(errorCode(response), 'BAD_USER_INPUT', JSON.stringify(change));
      assert.equal(response.errors?.[0].extensions?.field, field, JSON.stringify(change));
    }
    assert.equal(await count(), before);
    assert.equal(errorCode(await server.admin(UPSERT_COURSE, { input: drillsCourse({ id: 'crs_unknown' }) })), 'NOT_FOUND');
    assert.equal(errorCode(await server.member('mem_a1', UPSERT_COURSE, { input: drillsCourse() })), 'FORBIDDEN');
    assert.equal(await count(), before);
  });

  it('replaces lessons and quiz when upserting an existing course', async () => {
    const updated: Course = ok(
      await server.admin(UPSERT_COURSE, {
        input: drillsCourse({
          id: safety.id,
          title: text('Workshop safety, revised'),
          lessons: [
            { title: text('Checklist'), kind: 'TEXT', bodyHtml: { en: '<p>one</p>' }, durationMinutes: 5 },
            { title: text('Gloves'), kind: 'TEXT', bodyHtml: { en: '<p>two</p>' }, durationMinutes: 7 },
          ],
          quiz: [{ prompt: text('Q'), options: [text('A'), text('B')], correctOption: 1 }],
          quizPassPct: 100,
        }),
      }),
    ).upsertCourse;
    assert.equal(updated.id, safety.id);
    assert.equal((updated as any).title, 'Workshop safety, revised');
    assert.deepEqual(updated.lessons.map((l) => l.bodyHtml), ['<p>one</p>', '<p>two</p>']);
    assert.ok(updated.lessons.every((l) => l.id !== safety.lessons[0].id));
    assert.equal(updated.quiz?.questions.length, 1);
    assert.equal(updated.quiz?.passPct, 100);
    const rows = await server.server.deps.db.selectFrom('lessons').select('id').where('course_id', '=', safety.id).execute();
    assert.equal(rows.length, 2, 'the old lessons are gone');
    // mem_b1 had completed it: completion (and its points) stands.
    assert.equal((await course('mem_b1', safety.id)).progress.status, 'COMPLETED');
  });

  it('escapes what members and suppliers wrote on the certificate page', async () => {
    const hostile = '<img src=x onerror=alert(1)> & "Bob"';
    const partner = ok(await server.admin(`mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`, {
      input: { name: `${hostile} Ltd`, domain: 'hostile-names.example.com' },
    })).createPartner;
    const member = ok(await server.admin(`mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`, {
      input: { partnerId: partner.id, name: hostile, email: 'bob@hostile-names.example.com' },
    })).createMember;
    const quizless = ok(await server.admin(UPSERT_COURSE, { input: drillsCourse({ title: text('<script>alert(2)</script>'), quiz: null, quizPassPct: null }) })).upsertCourse;
    let progress: any;
    for (const lesson of quizless.lessons) progress = ok(await complete(member.id, quizless.id, lesson.id)).completeLesson;
    const html = await (await fetch(new URL(`/certificates/${progress.certificate.id}`, server.url))).text();
    assert.doesNotMatch(html, /<img src=x|<script>alert/);
    assert.match(html, /<p class="name">&lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;Bob&quot;<\/p>/);
    assert.match(html, /<p class="course">&lt;script&gt;alert\(2\)&lt;\/script&gt;<\/p>/);
  });
});

const WEBINAR = `id title description presenter startsAt endsAt durationMinutes seats seatsLeft registered joinUrl recordingUrl`;
const UPSERT_WEBINAR = `mutation($input: UpsertWebinarInput!) { upsertWebinar(input: $input) { ${WEBINAR} } }`;
const WEBINARS = `query($when: WebinarWhen, $first: Int, $after: String) { webinars(when: $when, first: $first, after: $after) {
  nodes { ${WEBINAR} } pageInfo { hasNextPage endCursor } } }`;
const REGISTER = `mutation($id: ID!) { registerWebinar(input: { webinarId: $id }) { ${WEBINAR} } }`;
const UNREGISTER = `mutation($id: ID!) { unregisterWebinar(input: { webinarId: $id }) { ${WEBINAR} } }`;

describe('training: webinars', () => {
  const HOUR = 3_600_000;
  const at = (hoursFromNow: number) => new Date(server.clock.now().getTime() + hoursFromNow * HOUR).toISOString();
  const webinarInput = (extra: Record<string, unknown> = {}) => ({
    title: text('Launch: brushless grinders'),
    description: text('What is new this season.'),
    presenter: 'Kim Presenter',
    startsAt: at(48),
    durationMinutes: 60,
    seats: 2,
    joinUrl: 'https://meet.example/launch',
    recordingUrl: 'https://video.example/launch.mp4',
    ...extra,
  });
  const create = async (extra: Record<string, unknown> = {}) => ok(await server.admin(UPSERT_WEBINAR, { input: webinarInput(extra) })).upsertWebinar;
  const list = async (memberId: string, when: 'UPCOMING' | 'PAST') => ok(await server.member(memberId, WEBINARS, { when, first: 100 })).webinars.nodes;
  const find = async (memberId: string, id: string, when: 'UPCOMING' | 'PAST' = 'UPCOMING') => (await list(memberId, when)).find((w: any) => w.id === id);
  const register = (memberId: string, id: string) => server.member(memberId, REGISTER, { id });
  const unregister = (memberId: string, id: string) => server.member(memberId, UNREGISTER, { id });

  let launch: any;
  let soon: any;
  let past: any;
  let older: any;

  before(async () => {
    launch = await create();
    soon = await create({ title: text('Q&A'), startsAt: at(2), seats: 3, recordingUrl: null });
    past = await create({ title: text('Last season'), startsAt: at(-72) });
    older = await create({ title: text('Kick-off'), startsAt: at(-24 * 30) });
  });

  it('validates webinar input field by field', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ seats: -1 }, 'seats'],
      [{ durationMinutes: 0 }, 'durationMinutes'],
      [{ joinUrl: 'javascript:alert(1)' }, 'joinUrl'],
      [{ joinUrl: '' }, 'joinUrl'],
      [{ recordingUrl: 'ftp://video.example/x' }, 'recordingUrl'],
      [{ presenter: ' ' }, 'presenter'],
      [{ title: { en: '' } }, 'title.en'],
    ];
    for (const [change, field] of bad) {
      const response = await server.admin(UPSERT_WEBINAR, { input: webinarInput(change) });
      assert.equal(errorCode(response), 'BAD_USER_INPUT', JSON.stringify(change));
      assert.equal(response.errors?.[0].extensions?.field, field);
    }
    assert.equal(errorCode(await server.admin(UPSERT_WEBINAR, { input: webinarInput({ id: 'web_nope' }) })), 'NOT_FOUND');
    assert.equal(errorCode(await server.member('mem_a1', UPSERT_WEBINAR, { input: webinarInput() })), 'FORBIDDEN');
    assert.equal((await list('mem_a1', 'UPCOMING')).length, 2, 'nothing written');
    assert.match(launch.id, /^web_/);
  });

  it('lists upcoming soonest first and past latest first', async () => {
    assert.deepEqual((await list('mem_a1', 'UPCOMING')).map((w: any) => w.id), [soon.id, launch.id]);
    assert.deepEqual((await list('mem_a1', 'PAST')).map((w: any) => w.id), [past.id, older.id]);
    const first = ok(await server.member('mem_a1', WEBINARS, { first: 1 })).webinars;
    assert.deepEqual(first.nodes.map((w: any) => w.id), [soon.id]);
    assert.equal(first.pageInfo.hasNextPage, true);
    const second = ok(await server.member('mem_a1', WEBINARS, { first: 1, after: first.pageInfo.endCursor })).webinars;
    assert.deepEqual(second.nodes.map((w: any) => w.id), [launch.id]);
    assert.equal(second.pageInfo.hasNextPage, false);
    const pastPage = ok(await server.member('mem_a1', WEBINARS, { when: 'PAST', first: 1 })).webinars;
    const pastNext = ok(await server.member('mem_a1', WEBINARS, { when: 'PAST', first: 1, after: pastPage.pageInfo.endCursor })).webinars;
    assert.deepEqual(pastNext.nodes.map((w: any) => w.id), [older.id]);
  });

  it('hides the join link from members who are not registered, and the recording until the end', async () => {
    const w = await find('mem_a1', launch.id);
    assert.equal(w.registered, false);
    assert.equal(w.joinUrl, null);
    assert.equal(w.recordingUrl, null, 'not before the event');
    assert.equal(w.seatsLeft, 2);
    assert.equal(w.title, 'Launch: brushless grinders');
    assert.equal(w.endsAt, new Date(Date.parse(w.startsAt) + 60 * 60_000).toISOString(), 'endsAt is startsAt + durationMinutes');
    assert.equal((await find('mem_a1', past.id, 'PAST')).recordingUrl, 'https://video.example/launch.mp4');
  });

  it('registers, refuses a second registration and stops at the seat limit', async () => {
    const registered = ok(await register('mem_a1', launch.id)).registerWebinar;
    assert.equal(registered.registered, true);
    assert.equal(registered.seatsLeft, 1);
    assert.equal(registered.joinUrl, 'https://meet.example/launch');
    assert.equal(errorCode(await register('mem_a1', launch.id)), 'ALREADY_REGISTERED');
    assert.equal(ok(await register('mem_b1', launch.id)).registerWebinar.seatsLeft, 0);
    const full = await register('mem_b2', launch.id);
    assert.equal(errorCode(full), 'WEBINAR_FULL');
    assert.equal((await find('mem_b2', launch.id)).registered, false);
    assert.equal((await find('mem_a2', launch.id)).joinUrl, null, 'a colleague of a registered member sees no link');
    assert.equal((await find('mem_a1', launch.id)).joinUrl, 'https://meet.example/launch');
    assert.equal(errorCode(await register('mem_a1', 'web_nope')), 'NOT_FOUND');
  });

  it('frees the seat on unregistering', async () => {
    const freed = ok(await unregister('mem_b1', launch.id)).unregisterWebinar;
    assert.equal(freed.registered, false);
    assert.equal(freed.seatsLeft, 1);
    assert.equal(freed.joinUrl, null);
    assert.equal(errorCode(await unregister('mem_b1', launch.id)), 'NOT_FOUND');
    assert.equal(errorCode(await unregister('mem_b1', 'web_nope')), 'NOT_FOUND');
    assert.equal(ok(await register('mem_b2', launch.id)).registerWebinar.seatsLeft, 0);
  });

  it('never overbooks under concurrent registrations', async () => {
    const members = ['mem_a1', 'mem_a2', 'mem_b1', 'mem_b2'];
    const results = await Promise.all(members.map((m) => register(m, soon.id)));
    const codes = results.map((r) => errorCode(r) ?? 'OK').sort();
    assert.deepEqual(codes, ['OK', 'OK', 'OK', 'WEBINAR_FULL']);
    assert.equal((await find('mem_a1', soon.id)).seatsLeft, 0);
    const rows = await server.server.deps.db.selectFrom('webinar_registrations').select('member_id').where('webinar_id', '=', soon.id).execute();
    assert.equal(rows.length, 3);

    const extra = await create({ title: text('Extra'), seats: 10 });
    const same = await Promise.all(Array.from({ length: 5 }, () => register('mem_a1', extra.id)));
    assert.deepEqual(same.map((r) => errorCode(r) ?? 'OK').sort(), ['ALREADY_REGISTERED', 'ALREADY_REGISTERED', 'ALREADY_REGISTERED', 'ALREADY_REGISTERED', 'OK']);
    assert.equal((await find('mem_a1', extra.id)).seatsLeft, 9);
  });

  it('refuses to shrink seats below the registrations', async () => {
    const response = await server.admin(UPSERT_WEBINAR, { input: webinarInput({ id: soon.id, seats: 2 }) });
    assert.equal(errorCode(response), 'BAD_USER_INPUT');
    assert.equal(response.errors?.[0].extensions?.field, 'seats');
    const grown = ok(await server.admin(UPSERT_WEBINAR, { input: webinarInput({ id: soon.id, title: text('Q&A'), startsAt: soon.startsAt, seats: 5, recordingUrl: null }) })).upsertWebinar;
    assert.equal(grown.seatsLeft, 2);
    assert.equal(grown.id, soon.id);
  });

  it('closes registration once a webinar is over, and then shows its recording', async () => {
    assert.equal(errorCode(await register('mem_a2', past.id)), 'NOT_AVAILABLE');
    // Move the clock past the launch webinar's end (48 h + 1 h from the start of this suite).
    server.clock.advanceDays(2);
    server.clock.current = new Date(server.clock.current.getTime() + 90 * 60_000);
    try {
      assert.equal(await find('mem_a1', launch.id), undefined, 'no longer upcoming');
      const over = await find('mem_a1', launch.id, 'PAST');
      assert.ok(Date.parse(over.endsAt) <= server.clock.now().getTime(), 'a past webinar has ended');
      assert.equal(over.recordingUrl, 'https://video.example/launch.mp4');
      assert.equal(errorCode(await register('mem_a2', launch.id)), 'NOT_AVAILABLE');
      assert.equal(errorCode(await unregister('mem_a1', launch.id)), 'NOT_AVAILABLE');
    } finally {
      server.clock.set('2026-11-23T12:00:00.000Z');
    }
  });
});
