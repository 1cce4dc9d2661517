import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type {
  CourseProgressRow,
  CourseRow,
  Database,
  LessonRow,
  LocalizedText,
  ProgramRow,
  QuizQuestionRow,
  WebinarRow,
} from '../store/tables.js';
import type { UpsertCourseInput, UpsertWebinarInput } from '../graphql/generated/resolvers.js';
import { credit } from '../ledger/ledger.js';
import { badInput, isUniqueViolation, userError } from '../graphql/errors.js';
import { localizedText } from '../graphql/localized-input.js';
import { newId } from './partners.js';
import { assertOneTrackPerLanguage, captionLanguage, type CaptionTrackRecord } from '../domain/captions.js';
import { sanitizeRichText } from './rich-text.js';

type Trx = Transaction<Database>;
export interface MemberRef {
  partnerId: string;
  memberId: string;
}

// ---------------------------------------------------------------------------------------------
// Input validation shared by the admin upserts (courses, webinars, materials).

export const LIMITS = {
  title: 120,
  longText: 2000,
  /** Lesson bodies are articles, not blurbs. */
  richText: 50_000,
  url: 2000,
  lessons: 100,
  questions: 50,
  options: 10,
  /** A lesson or webinar longer than a day is a data-entry mistake. */
  minutes: 24 * 60,
  pointsReward: 1_000_000,
  seats: 100_000,
} as const;

export function requiredText(value: string | null | undefined, field: string, max: number): string {
  const text = (value ?? '').trim();
  if (!text || text.length > max) throw badInput(`"${field}" must be 1–${max} characters.`, { field });
  return text;
}

/** An absolute http(s) address: anything else (javascript:, data:, relative) is refused. */
export function httpUrl(value: string | null | undefined, field: string, required: boolean): string | null {
  const url = (value ?? '').trim();
  if (!url) {
    if (required) throw badInput(`"${field}" is required.`, { field });
    return null;
  }
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    /* reported below */
  }
  if (url.length > LIMITS.url || (protocol !== 'https:' && protocol !== 'http:')) {
    throw badInput(`"${field}" must be an http or https address of at most ${LIMITS.url} characters.`, { field });
  }
  return url;
}

/** Caption tracks as stored: canonical language tags, http(s) files, one per language. */
function captionTracks(input: readonly { language: string; url: string }[], field: string): CaptionTrackRecord[] {
  const tracks = input.map((track, index) => ({
    language: captionLanguage(track.language, `${field}.${index}.language`),
    url: httpUrl(track.url, `${field}.${index}.url`, true)!,
  }));
  assertOneTrackPerLanguage(tracks, field);
  return tracks;
}

export function intInRange(value: number | null | undefined, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw badInput(`"${field}" must be a whole number from ${min} to ${max}.`, { field });
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Progress: what a member has done in a course, derived from the stored row and the course's
// current lessons (an edited course may have dropped lessons a member had completed).

export type CourseStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';

export interface ProgressState {
  courseId: string;
  status: CourseStatus;
  completedLessonIds: string[];
  currentLessonId: string | null;
  percent: number;
  quizAttempts: number;
  bestScorePct: number | null;
  completedAt: Date | null;
  certificateId: string | null;
}

export const hasQuiz = (course: CourseRow) => course.quiz_pass_pct != null;

function quizPassed(course: CourseRow, row: CourseProgressRow | null | undefined): boolean {
  return hasQuiz(course) && row?.best_score_pct != null && row.best_score_pct >= course.quiz_pass_pct!;
}

/** `lessons` in position order. */
export function progressState(course: CourseRow, lessons: LessonRow[], row: CourseProgressRow | null | undefined): ProgressState {
  const done = new Set(row?.completed_lesson_ids ?? []);
  const completedLessonIds = lessons.filter((lesson) => done.has(lesson.id)).map((lesson) => lesson.id);
  const steps = lessons.length + (hasQuiz(course) ? 1 : 0);
  const stepsDone = completedLessonIds.length + (quizPassed(course, row) ? 1 : 0);
  const completedAt = row?.completed_at ? new Date(row.completed_at) : null;
  const stored = lessons.find((lesson) => lesson.id === row?.current_lesson_id && !done.has(lesson.id));
  const currentLessonId = completedAt ? null : (stored ?? lessons.find((lesson) => !done.has(lesson.id)))?.id ?? null;
  return {
    courseId: course.id,
    status: completedAt ? 'COMPLETED' : row ? 'IN_PROGRESS' : 'NOT_STARTED',
    completedLessonIds,
    currentLessonId,
    percent: completedAt ? 100 : steps ? Math.floor((stepsDone * 100) / steps) : 0,
    quizAttempts: row?.quiz_attempts ?? 0,
    bestScorePct: row?.best_score_pct ?? null,
    completedAt,
    certificateId: row?.certificate_id ?? null,
  };
}

export interface ProgressOutcome {
  course: CourseRow;
  lessons: LessonRow[];
  row: CourseProgressRow;
  /** Points this request credited: 0 when the course was already completed or has no reward. */
  pointsAwarded: number;
}

async function loadCourse(trx: Trx, courseId: string) {
  const course = await trx.selectFrom('courses').selectAll().where('id', '=', courseId).executeTakeFirst();
  if (!course) throw userError('NOT_FOUND', 'Course was not found.', { field: 'courseId' });
  const lessons = await trx.selectFrom('lessons').selectAll().where('course_id', '=', courseId).orderBy('position').execute();
  return { course, lessons };
}

/**
 * The member's progress row, locked for the rest of the transaction. Creating it first (a
 * no-op when it exists) gives concurrent requests one row to queue on, so completion — and
 * its points — happens once however many requests race.
 */
async function lockProgress(trx: Trx, member: MemberRef, courseId: string, now: Date): Promise<CourseProgressRow> {
  await trx
    .insertInto('course_progress')
    .values({
      member_id: member.memberId,
      course_id: courseId,
      partner_id: member.partnerId,
      completed_lesson_ids: JSON.stringify([]),
      current_lesson_id: null,
      updated_at: now,
    })
    .onConflict((oc) => oc.columns(['member_id', 'course_id']).doNothing())
    .execute();
  return trx
    .selectFrom('course_progress')
    .selectAll()
    .where('member_id', '=', member.memberId)
    .where('course_id', '=', courseId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/**
 * Completes the course when every lesson is done and, if it has a quiz, the quiz was passed:
 * issues the certificate and credits the reward. Runs with the progress row locked; the
 * ledger's idempotency key makes a second credit impossible even if the row were reset.
 */
async function completeIfDone(
  trx: Trx,
  program: ProgramRow,
  member: MemberRef,
  course: CourseRow,
  lessons: LessonRow[],
  row: CourseProgressRow,
  now: Date,
): Promise<{ row: CourseProgressRow; pointsAwarded: number }> {
  if (row.completed_at) return { row, pointsAwarded: 0 };
  const state = progressState(course, lessons, row);
  const lessonsDone = state.completedLessonIds.length === lessons.length;
  if (!lessonsDone || (hasQuiz(course) && !quizPassed(course, row))) return { row, pointsAwarded: 0 };

  await trx
    .insertInto('certificates')
    .values({
      id: `cert_${randomBytes(16).toString('base64url')}`,
      member_id: member.memberId,
      partner_id: member.partnerId,
      course_id: course.id,
      issued_at: now,
    })
    .onConflict((oc) => oc.columns(['member_id', 'course_id']).doNothing())
    .execute();
  const certificate = await trx
    .selectFrom('certificates')
    .select('id')
    .where('member_id', '=', member.memberId)
    .where('course_id', '=', course.id)
    .executeTakeFirstOrThrow();

  const pointsAwarded = await creditCourseCompletion(trx, program, member, course, now);

  const completed = await trx
    .updateTable('course_progress')
    .set({ completed_at: now, certificate_id: certificate.id, current_lesson_id: null, updated_at: now })
    .where('member_id', '=', member.memberId)
    .where('course_id', '=', course.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { row: completed, pointsAwarded };
}

/**
 * The completion reward, once per member and course: the key makes a replay (or the demo seed
 * having paid it already) a no-op. Returns the points newly credited.
 */
export async function creditCourseCompletion(
  trx: Transaction<Database>,
  program: ProgramRow,
  member: MemberRef,
  course: Pick<CourseRow, 'id' | 'points_reward'>,
  at: Date,
): Promise<number> {
  if (course.points_reward <= 0) return 0;
  const { replayed } = await credit(
    trx,
    program,
    {
      partnerId: member.partnerId,
      memberId: member.memberId,
      type: 'BONUS',
      points: course.points_reward,
      reasonCode: 'course_completed',
      reasonParams: { courseId: course.id },
      sourceKind: 'COURSE',
      sourceRef: course.id,
      idempotencyKey: `course:${member.memberId}:${course.id}`,
      createdAt: at,
    },
    at,
  );
  return replayed ? 0 : course.points_reward;
}

/** Marks a lesson done (idempotent) and moves the resume point to the next lesson not done. */
export async function completeLesson(
  db: Kysely<Database>,
  program: ProgramRow,
  member: MemberRef,
  input: { courseId: string; lessonId: string },
  now: Date,
): Promise<ProgressOutcome> {
  return db.transaction().execute(async (trx) => {
    const { course, lessons } = await loadCourse(trx, input.courseId);
    const lesson = lessons.find((candidate) => candidate.id === input.lessonId);
    if (!lesson) throw userError('NOT_FOUND', 'Lesson was not found in this course.', { field: 'lessonId' });

    const progress = await lockProgress(trx, member, course.id, now);
    const done = new Set(progress.completed_lesson_ids);
    done.add(lesson.id);
    const completedLessonIds = lessons.filter((candidate) => done.has(candidate.id)).map((candidate) => candidate.id);
    const next =
      lessons.find((candidate) => candidate.position > lesson.position && !done.has(candidate.id)) ??
      lessons.find((candidate) => !done.has(candidate.id));
    const row = await trx
      .updateTable('course_progress')
      .set({
        completed_lesson_ids: JSON.stringify(completedLessonIds),
        current_lesson_id: progress.completed_at ? null : (next?.id ?? null),
        updated_at: now,
      })
      .where('member_id', '=', member.memberId)
      .where('course_id', '=', course.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const outcome = await completeIfDone(trx, program, member, course, lessons, row, now);
    return { course, lessons, ...outcome };
  });
}

export interface QuizOutcome extends ProgressOutcome {
  passed: boolean;
  scorePct: number;
}

const MAX_ANSWERS = LIMITS.questions;

/**
 * Grades an attempt. The answers must cover every question exactly once with one of that
 * question's options: a partial or malformed attempt is refused, not graded as wrong, so a
 * client bug never costs a member an attempt.
 */
export async function submitQuiz(
  db: Kysely<Database>,
  program: ProgramRow,
  member: MemberRef,
  input: { courseId: string; answers: { questionId: string; optionId: string }[] },
  now: Date,
): Promise<QuizOutcome> {
  if (input.answers.length > MAX_ANSWERS) throw badInput(`A quiz has at most ${MAX_ANSWERS} questions.`, { field: 'answers' });
  return db.transaction().execute(async (trx) => {
    const { course, lessons } = await loadCourse(trx, input.courseId);
    if (!hasQuiz(course)) throw userError('NOT_FOUND', 'This course has no quiz.', { field: 'courseId' });
    const questions = await trx.selectFrom('quiz_questions').selectAll().where('course_id', '=', course.id).orderBy('position').execute();
    const correct = gradeAnswers(questions, input.answers);
    const scorePct = questions.length ? Math.floor((correct * 100) / questions.length) : 0;
    const passed = scorePct >= course.quiz_pass_pct!;

    const progress = await lockProgress(trx, member, course.id, now);
    const row = await trx
      .updateTable('course_progress')
      .set({
        quiz_attempts: progress.quiz_attempts + 1,
        best_score_pct: Math.max(progress.best_score_pct ?? 0, scorePct),
        updated_at: now,
      })
      .where('member_id', '=', member.memberId)
      .where('course_id', '=', course.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const outcome = await completeIfDone(trx, program, member, course, lessons, row, now);
    return { course, lessons, ...outcome, passed, scorePct };
  });
}

/** The number of right answers; BAD_USER_INPUT unless each question is answered once, validly. */
export function gradeAnswers(questions: QuizQuestionRow[], answers: { questionId: string; optionId: string }[]): number {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const seen = new Set<string>();
  let correct = 0;
  for (const [index, answer] of answers.entries()) {
    const question = byId.get(answer.questionId);
    if (!question) throw badInput('An answer names a question that is not in this quiz.', { field: `answers.${index}.questionId` });
    if (seen.has(question.id)) throw badInput('A question is answered more than once.', { field: `answers.${index}.questionId` });
    seen.add(question.id);
    if (!question.options.some((option) => option.id === answer.optionId)) {
      throw badInput('An answer picks an option of another question.', { field: `answers.${index}.optionId` });
    }
    if (answer.optionId === question.correct_option_id) correct += 1;
  }
  const missing = questions.length - seen.size;
  if (missing > 0) throw badInput(`Answer every question: ${missing} still unanswered.`, { field: 'answers' });
  return correct;
}

// ---------------------------------------------------------------------------------------------
// Webinars

export const webinarEndsAt = (webinar: Pick<WebinarRow, 'starts_at' | 'duration_minutes'>) =>
  new Date(new Date(webinar.starts_at).getTime() + webinar.duration_minutes * 60_000);

/**
 * Takes a seat. The webinar row is locked while the seats are counted and the registration
 * inserted, so concurrent registrations on PostgreSQL queue here and never overbook.
 */
export async function registerWebinar(db: Kysely<Database>, member: MemberRef, webinarId: string, now: Date): Promise<WebinarRow> {
  try {
    return await db.transaction().execute(async (trx) => {
      const webinar = await trx.selectFrom('webinars').selectAll().where('id', '=', webinarId).forUpdate().executeTakeFirst();
      if (!webinar) throw userError('NOT_FOUND', 'Webinar was not found.', { field: 'webinarId' });
      if (webinarEndsAt(webinar) <= now) throw userError('NOT_AVAILABLE', 'This webinar is over; registration is closed.');
      const existing = await trx
        .selectFrom('webinar_registrations')
        .select('member_id')
        .where('webinar_id', '=', webinar.id)
        .where('member_id', '=', member.memberId)
        .executeTakeFirst();
      if (existing) throw userError('ALREADY_REGISTERED', 'You are already registered for this webinar.');
      const { taken } = await trx
        .selectFrom('webinar_registrations')
        .select((eb) => eb.fn.countAll<number>().as('taken'))
        .where('webinar_id', '=', webinar.id)
        .executeTakeFirstOrThrow();
      if (Number(taken) >= webinar.seats) throw userError('WEBINAR_FULL', 'This webinar is fully booked.', { seats: webinar.seats });
      await trx
        .insertInto('webinar_registrations')
        .values({ webinar_id: webinar.id, member_id: member.memberId, partner_id: member.partnerId, created_at: now })
        .execute();
      return webinar;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw userError('ALREADY_REGISTERED', 'You are already registered for this webinar.');
    throw error;
  }
}

/** Gives the seat back. After the event the registration is history and stays. */
export async function unregisterWebinar(db: Kysely<Database>, member: MemberRef, webinarId: string, now: Date): Promise<WebinarRow> {
  return db.transaction().execute(async (trx) => {
    const webinar = await trx.selectFrom('webinars').selectAll().where('id', '=', webinarId).forUpdate().executeTakeFirst();
    if (!webinar) throw userError('NOT_FOUND', 'Webinar was not found.', { field: 'webinarId' });
    if (webinarEndsAt(webinar) <= now) throw userError('NOT_AVAILABLE', 'This webinar is over; its registrations can no longer change.');
    const removed = await trx
      .deleteFrom('webinar_registrations')
      .where('webinar_id', '=', webinar.id)
      .where('member_id', '=', member.memberId)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) !== 1) throw userError('NOT_FOUND', 'You are not registered for this webinar.');
    return webinar;
  });
}

// ---------------------------------------------------------------------------------------------
// Admin upserts

function sanitizedText(text: LocalizedText): LocalizedText {
  const clean: LocalizedText = { en: sanitizeRichText(text.en) };
  for (const locale of ['th', 'nb', 'ms'] as const) if (text[locale]) clean[locale] = sanitizeRichText(text[locale]);
  return clean;
}

export async function upsertCourse(db: Kysely<Database>, input: UpsertCourseInput): Promise<CourseRow> {
  const title = localizedText(input.title, 'title', LIMITS.title);
  const summary = localizedText(input.summary, 'summary', LIMITS.longText);
  const topic = requiredText(input.topic, 'topic', 60);
  const pointsReward = intInRange(input.pointsReward, 'pointsReward', 0, LIMITS.pointsReward);
  const imageUrl = httpUrl(input.imageUrl, 'imageUrl', false);

  if (!input.lessons.length || input.lessons.length > LIMITS.lessons) {
    throw badInput(`A course has 1–${LIMITS.lessons} lessons.`, { field: 'lessons' });
  }
  const lessons = input.lessons.map((lesson, index) => {
    const field = `lessons.${index}`;
    const bodyHtml = lesson.bodyHtml ? sanitizedText(localizedText(lesson.bodyHtml, `${field}.bodyHtml`, LIMITS.richText)) : null;
    const videoUrl = httpUrl(lesson.videoUrl, `${field}.videoUrl`, lesson.kind === 'VIDEO');
    const documentUrl = httpUrl(lesson.documentUrl, `${field}.documentUrl`, lesson.kind === 'DOCUMENT');
    if (lesson.kind === 'TEXT' && !bodyHtml) throw badInput('A text lesson needs a body.', { field: `${field}.bodyHtml` });
    return {
      id: newId('les'),
      position: index + 1,
      title: JSON.stringify(localizedText(lesson.title, `${field}.title`, LIMITS.title)),
      kind: lesson.kind,
      body_html: bodyHtml ? JSON.stringify(bodyHtml) : null,
      video_url: videoUrl,
      captions: JSON.stringify(captionTracks(lesson.captions ?? [], `${field}.captions`)),
      document_url: documentUrl,
      duration_minutes: intInRange(lesson.durationMinutes, `${field}.durationMinutes`, 1, LIMITS.minutes),
    };
  });

  const quizInput = input.quiz ?? [];
  if (quizInput.length > LIMITS.questions) throw badInput(`A quiz has at most ${LIMITS.questions} questions.`, { field: 'quiz' });
  let quizPassPct: number | null = null;
  if (quizInput.length) quizPassPct = intInRange(input.quizPassPct, 'quizPassPct', 1, 100);
  else if (input.quizPassPct != null) throw badInput('A pass mark needs quiz questions.', { field: 'quizPassPct' });
  const questions = quizInput.map((question, index) => {
    const field = `quiz.${index}`;
    if (question.options.length < 2 || question.options.length > LIMITS.options) {
      throw badInput(`A question has 2–${LIMITS.options} options.`, { field: `${field}.options` });
    }
    const options = question.options.map((label, optionIndex) => ({
      id: newId('opt'),
      label: localizedText(label, `${field}.options.${optionIndex}`, LIMITS.title),
    }));
    const correct = intInRange(question.correctOption, `${field}.correctOption`, 0, options.length - 1);
    return {
      id: newId('qq'),
      position: index + 1,
      prompt: JSON.stringify(localizedText(question.prompt, `${field}.prompt`, LIMITS.longText)),
      options: JSON.stringify(options),
      correct_option_id: options[correct].id,
    };
  });

  const values = {
    title: JSON.stringify(title),
    summary: JSON.stringify(summary),
    topic,
    level: input.level,
    points_reward: pointsReward,
    image_url: imageUrl,
    quiz_pass_pct: quizPassPct,
  };
  return db.transaction().execute(async (trx) => {
    let course: CourseRow | undefined;
    if (input.id) {
      course = await trx.updateTable('courses').set(values).where('id', '=', input.id).returningAll().executeTakeFirst();
      if (!course) throw userError('NOT_FOUND', 'Course was not found.', { field: 'id' });
      // The course's content is replaced as a whole: the input has no lesson or question ids.
      await trx.deleteFrom('lessons').where('course_id', '=', course.id).execute();
      await trx.deleteFrom('quiz_questions').where('course_id', '=', course.id).execute();
    } else {
      // New courses go to the end of the catalogue.
      const { last } = await trx
        .selectFrom('courses')
        .select((eb) => eb.fn.max<number | null>('position').as('last'))
        .executeTakeFirstOrThrow();
      course = await trx
        .insertInto('courses')
        .values({ id: newId('crs'), ...values, position: Number(last ?? 0) + 1 })
        .returningAll()
        .executeTakeFirstOrThrow();
    }
    const courseId = course.id;
    await trx.insertInto('lessons').values(lessons.map((lesson) => ({ ...lesson, course_id: courseId }))).execute();
    if (questions.length) await trx.insertInto('quiz_questions').values(questions.map((question) => ({ ...question, course_id: courseId }))).execute();
    return course;
  });
}

export async function upsertWebinar(db: Kysely<Database>, input: UpsertWebinarInput): Promise<WebinarRow> {
  const startsAt = input.startsAt instanceof Date ? input.startsAt : new Date(input.startsAt);
  if (Number.isNaN(startsAt.getTime())) throw badInput('"startsAt" must be a date.', { field: 'startsAt' });
  const values = {
    title: JSON.stringify(localizedText(input.title, 'title', LIMITS.title)),
    description: JSON.stringify(localizedText(input.description, 'description', LIMITS.longText)),
    presenter: requiredText(input.presenter, 'presenter', LIMITS.title),
    starts_at: startsAt,
    duration_minutes: intInRange(input.durationMinutes, 'durationMinutes', 1, LIMITS.minutes),
    seats: intInRange(input.seats, 'seats', 0, LIMITS.seats),
    join_url: httpUrl(input.joinUrl, 'joinUrl', true)!,
    recording_url: httpUrl(input.recordingUrl, 'recordingUrl', false),
  };
  if (!input.id) return db.insertInto('webinars').values({ id: newId('web'), ...values }).returningAll().executeTakeFirstOrThrow();
  const id = input.id;
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('webinars').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
    if (!existing) throw userError('NOT_FOUND', 'Webinar was not found.', { field: 'id' });
    const { taken } = await trx
      .selectFrom('webinar_registrations')
      .select((eb) => eb.fn.countAll<number>().as('taken'))
      .where('webinar_id', '=', id)
      .executeTakeFirstOrThrow();
    // Shrinking below the registrations would silently drop people who hold a seat.
    if (values.seats < Number(taken)) {
      throw badInput(`${taken} members are already registered: seats cannot go below that.`, { field: 'seats' });
    }
    return trx.updateTable('webinars').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  });
}
