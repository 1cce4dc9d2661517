import { sql } from 'kysely';
import type { Certificate, CourseProgress, Resolvers } from '../generated/resolvers.js';
import type { GraphQLContext } from '../context.js';
import type { CourseProgressRow, CourseRow, LessonRow, QuizQuestionRow, WebinarRow } from '../../store/tables.js';
import { pick } from '../localized.js';
import { connection, decodeCursor, pageSize } from '../pagination.js';
import { badInput, withDomainErrors } from '../errors.js';
import { sanitizeRichText } from '../../services/rich-text.js';
import { loadCertificates, MAX_CERTIFICATE_ID } from '../../services/certificates.js';
import { captionLabel } from '../../domain/captions.js';
import { localizedText } from '../localized-input.js';
import {
  completeLesson,
  hasQuiz,
  intInRange,
  requiredText,
  progressState,
  registerWebinar,
  submitQuiz,
  unregisterWebinar,
  upsertCourse,
  upsertWebinar,
  webinarEndsAt,
  type ProgressOutcome,
} from '../../services/training.js';

/**
 * Courses, webinars and certificates are the program's, so both a member and the supplier may
 * read them; the per-person parts (progress, registration) exist only for a member. Returns
 * the member, or null for the supplier; anyone else is turned away.
 */
function viewerMember(ctx: GraphQLContext) {
  if (ctx.auth.kind === 'supplier') return null;
  return ctx.requireMember();
}

// Per-request loaders: each list resolves its courses' lessons, quizzes, progress and
// certificates in one statement per kind, however many courses it shows.

const lessonsOf = (ctx: GraphQLContext) =>
  ctx.loader<string, LessonRow[]>('training.lessons', async (courseIds) => {
    const rows = await ctx.db.selectFrom('lessons').selectAll().where('course_id', 'in', courseIds).orderBy('course_id').orderBy('position').execute();
    return courseIds.map((id) => rows.filter((row) => row.course_id === id));
  });

const questionsOf = (ctx: GraphQLContext) =>
  ctx.loader<string, QuizQuestionRow[]>('training.questions', async (courseIds) => {
    const rows = await ctx.db.selectFrom('quiz_questions').selectAll().where('course_id', 'in', courseIds).orderBy('course_id').orderBy('position').execute();
    return courseIds.map((id) => rows.filter((row) => row.course_id === id));
  });

/** The viewing member's progress rows by course id (the loader lives for one request, one member). */
const progressOf = (ctx: GraphQLContext, memberId: string) =>
  ctx.loader<string, CourseProgressRow | null>('training.progress', async (courseIds) => {
    const rows = await ctx.db
      .selectFrom('course_progress')
      .selectAll()
      .where('member_id', '=', memberId)
      .where('course_id', 'in', courseIds)
      .execute();
    return courseIds.map((id) => rows.find((row) => row.course_id === id) ?? null);
  });

const certificatesById = (ctx: GraphQLContext) =>
  ctx.loader<string, Certificate | null>('training.certificates', async (ids) => {
    const records = await loadCertificates(ctx.db, ids);
    return ids.map((id) => {
      const record = records.find((candidate) => candidate.id === id);
      if (!record) return null;
      return {
        id: record.id,
        courseTitle: pick(record.courseTitle, ctx.locale),
        memberName: record.memberName,
        partnerName: record.partnerName,
        issuedAt: record.issuedAt,
        // Beside /graphql, where the server serves it (pages/certificate.ts), in the reader's language.
        url: new URL(`certificates/${encodeURIComponent(record.id)}?lang=${ctx.locale}`, ctx.url).href,
        pdfUrl: new URL(`certificates/${encodeURIComponent(record.id)}.pdf?lang=${ctx.locale}`, ctx.url).href,
      };
    });
  });

const seatsTaken = (ctx: GraphQLContext) =>
  ctx.loader<string, number>('training.seatsTaken', async (webinarIds) => {
    const rows = await ctx.db
      .selectFrom('webinar_registrations')
      .select(['webinar_id', (eb) => eb.fn.countAll<number>().as('taken')])
      .where('webinar_id', 'in', webinarIds)
      .groupBy('webinar_id')
      .execute();
    return webinarIds.map((id) => Number(rows.find((row) => row.webinar_id === id)?.taken ?? 0));
  });

const registeredFor = (ctx: GraphQLContext, memberId: string) =>
  ctx.loader<string, boolean>('training.registered', async (webinarIds) => {
    const rows = await ctx.db
      .selectFrom('webinar_registrations')
      .select('webinar_id')
      .where('member_id', '=', memberId)
      .where('webinar_id', 'in', webinarIds)
      .execute();
    return webinarIds.map((id) => rows.some((row) => row.webinar_id === id));
  });

async function progressView(ctx: GraphQLContext, course: CourseRow, lessons: LessonRow[], row: CourseProgressRow | null, pointsAwarded = 0): Promise<CourseProgress> {
  const state = progressState(course, lessons, row);
  const certificate = state.certificateId ? await certificatesById(ctx).load(state.certificateId) : null;
  return {
    courseId: state.courseId,
    status: state.status,
    completedLessonIds: state.completedLessonIds,
    currentLessonId: state.currentLessonId,
    percent: state.percent,
    quizAttempts: state.quizAttempts,
    bestScorePct: state.bestScorePct,
    completedAt: state.completedAt,
    certificate,
    pointsAwarded,
  };
}

/** After a write, later fields of the same request must see the new row, not a cached one. */
function progressAfterWrite(ctx: GraphQLContext, memberId: string, outcome: ProgressOutcome) {
  progressOf(ctx, memberId).clear(outcome.course.id).prime(outcome.course.id, outcome.row);
  lessonsOf(ctx).clear(outcome.course.id).prime(outcome.course.id, outcome.lessons);
  return progressView(ctx, outcome.course, outcome.lessons, outcome.row, outcome.pointsAwarded);
}

function positionCursor(after: string | null | undefined): [number, string] | null {
  const key = decodeCursor(after, 2);
  if (!key) return null;
  const [position, id] = key;
  if (typeof position !== 'number' || typeof id !== 'string') throw badInput('The "after" cursor is not one this API issued.', { field: 'after' });
  return [position, id];
}

function timeCursor(after: string | null | undefined): [Date, string] | null {
  const key = decodeCursor(after, 2);
  if (!key) return null;
  const [at, id] = key;
  const date = typeof at === 'string' ? new Date(at) : null;
  if (!date || Number.isNaN(date.getTime()) || typeof id !== 'string') {
    throw badInput('The "after" cursor is not one this API issued.', { field: 'after' });
  }
  return [date, id];
}

const endsAtSql = sql<Date>`(starts_at + duration_minutes * interval '1 minute')`;
const emptyPage = { edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };

export const trainingResolvers: Resolvers = {
  Query: {
    courses: async (_parent, { first, after, filter }, ctx) => {
      const member = viewerMember(ctx);
      const size = pageSize(first, 20);
      const cursor = positionCursor(after);
      const status = filter?.status;
      // The supplier follows no course: every course is NOT_STARTED for them.
      if (status && !member && status !== 'NOT_STARTED') return emptyPage;
      let query = ctx.db.selectFrom('courses').selectAll('courses');
      if (filter?.topic != null) query = query.where('courses.topic', '=', filter.topic.trim());
      if (filter?.level) query = query.where('courses.level', '=', filter.level);
      if (status && member) {
        query = query.where((eb) => {
          let started = eb
            .selectFrom('course_progress as cp')
            .select('cp.course_id')
            .whereRef('cp.course_id', '=', 'courses.id')
            .where('cp.member_id', '=', member.memberId);
          if (status === 'NOT_STARTED') return eb.not(eb.exists(started));
          started = started.where('cp.completed_at', status === 'COMPLETED' ? 'is not' : 'is', null);
          return eb.exists(started);
        });
      }
      if (cursor) {
        const [position, id] = cursor;
        query = query.where((eb) =>
          eb.or([eb('courses.position', '>', position), eb.and([eb('courses.position', '=', position), eb('courses.id', '>', id)])]),
        );
      }
      const rows = await query.orderBy('courses.position').orderBy('courses.id').limit(size + 1).execute();
      return connection(rows, size, (row) => [row.position, row.id]);
    },

    course: async (_parent, { id }, ctx) => {
      viewerMember(ctx);
      return (await ctx.db.selectFrom('courses').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
    },

    webinars: async (_parent, { when, first, after }, ctx) => {
      viewerMember(ctx);
      const size = pageSize(first, 20);
      const cursor = timeCursor(after);
      const upcoming = (when ?? 'UPCOMING') === 'UPCOMING';
      let query = ctx.db
        .selectFrom('webinars')
        .selectAll()
        .where(upcoming ? sql<boolean>`${endsAtSql} > ${ctx.now}` : sql<boolean>`${endsAtSql} <= ${ctx.now}`);
      if (cursor) {
        const [startsAt, id] = cursor;
        const op = upcoming ? '>' : '<';
        query = query.where((eb) => eb.or([eb('starts_at', op, startsAt), eb.and([eb('starts_at', '=', startsAt), eb('id', op, id)])]));
      }
      const direction = upcoming ? 'asc' : 'desc';
      const rows = await query.orderBy('starts_at', direction).orderBy('id', direction).limit(size + 1).execute();
      return connection(rows, size, (row) => [new Date(row.starts_at).toISOString(), row.id]);
    },

    courseTopics: async (_parent, _args, ctx) => {
      viewerMember(ctx);
      const rows = await ctx.db
        .selectFrom('courses as c')
        .leftJoin('course_topics as t', 't.code', 'c.topic')
        .select(['c.topic', 't.name', 't.position'])
        .distinct()
        .execute();
      return rows
        .sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity) || (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0))
        .map((row) => ({ code: row.topic, name: row.name ? pick(row.name, ctx.locale) : row.topic }));
    },

    // Public: the id is the permission (see services/certificates.ts), so no token is asked for
    // and an expired one is no reason to refuse.
    verifyCertificate: async (_parent, { id }, ctx) => {
      const certificate = id.length <= MAX_CERTIFICATE_ID ? await certificatesById(ctx).load(id) : null;
      return { valid: certificate != null, certificate };
    },
  },

  Mutation: {
    completeLesson: async (_parent, { input }, ctx) => {
      const member = ctx.requireMember();
      const program = await ctx.program();
      const outcome = await completeLesson(ctx.db, program, member, input, ctx.now);
      return progressAfterWrite(ctx, member.memberId, outcome);
    },

    submitQuiz: async (_parent, { input }, ctx) => {
      const member = ctx.requireMember();
      const program = await ctx.program();
      const outcome = await submitQuiz(ctx.db, program, member, input, ctx.now);
      return {
        passed: outcome.passed,
        scorePct: outcome.scorePct,
        pointsAwarded: outcome.pointsAwarded,
        progress: await progressAfterWrite(ctx, member.memberId, outcome),
      };
    },

    registerWebinar: async (_parent, { input }, ctx) => {
      const member = ctx.requireMember();
      const webinar = await registerWebinar(ctx.db, member, input.webinarId, ctx.now);
      seatsTaken(ctx).clear(webinar.id);
      registeredFor(ctx, member.memberId).clear(webinar.id);
      return webinar;
    },

    unregisterWebinar: async (_parent, { input }, ctx) => {
      const member = ctx.requireMember();
      const webinar = await unregisterWebinar(ctx.db, member, input.webinarId, ctx.now);
      seatsTaken(ctx).clear(webinar.id);
      registeredFor(ctx, member.memberId).clear(webinar.id);
      return webinar;
    },

    upsertCourse: async (_parent, { input }, ctx) => {
      ctx.requireSupplier();
      // Caption languages are checked by a domain rule (domain/captions.ts): its refusal is a typed error too.
      const course = await withDomainErrors(() => upsertCourse(ctx.db, input));
      lessonsOf(ctx).clear(course.id);
      questionsOf(ctx).clear(course.id);
      return course;
    },

    upsertCourseTopic: async (_parent, { input }, ctx) => {
      ctx.requireSupplier();
      // Any topic a course may have (UpsertCourseInput.topic) can be named.
      const code = requiredText(input.code, 'code', 60);
      const values = { name: JSON.stringify(localizedText(input.name, 'name', 60)), position: intInRange(input.position ?? 0, 'position', 0, 10_000) };
      const row = await ctx.db
        .insertInto('course_topics')
        .values({ code, ...values })
        .onConflict((oc) => oc.column('code').doUpdateSet(values))
        .returningAll()
        .executeTakeFirstOrThrow();
      return { code: row.code, name: pick(row.name, ctx.locale) };
    },

    upsertWebinar: async (_parent, { input }, ctx) => {
      ctx.requireSupplier();
      const webinar = await upsertWebinar(ctx.db, input);
      seatsTaken(ctx).clear(webinar.id);
      return webinar;
    },
  },

  Course: {
    id: (course) => course.id,
    title: (course, _args, ctx) => pick(course.title, ctx.locale),
    summary: (course, _args, ctx) => pick(course.summary, ctx.locale),
    topic: (course) => course.topic,
    level: (course) => course.level,
    durationMinutes: async (course, _args, ctx) =>
      (await lessonsOf(ctx).load(course.id)).reduce((sum, lesson) => sum + lesson.duration_minutes, 0),
    pointsReward: (course) => course.points_reward,
    imageUrl: (course) => course.image_url,
    lessons: (course, _args, ctx) => lessonsOf(ctx).load(course.id),
    quiz: (course) => (hasQuiz(course) ? { courseId: course.id, passPct: course.quiz_pass_pct! } : null),
    progress: async (course, _args, ctx) => {
      const member = viewerMember(ctx);
      const [lessons, row] = await Promise.all([lessonsOf(ctx).load(course.id), member ? progressOf(ctx, member.memberId).load(course.id) : null]);
      return progressView(ctx, course, lessons, row);
    },
  },

  Lesson: {
    id: (lesson) => lesson.id,
    position: (lesson) => lesson.position,
    title: (lesson, _args, ctx) => pick(lesson.title, ctx.locale),
    kind: (lesson) => lesson.kind,
    // Sanitized on write too; doing it again on read protects against rows written by other
    // means (seeds, migrations, a future bug) and against allow-list tightening.
    bodyHtml: (lesson, _args, ctx) => (lesson.body_html ? sanitizeRichText(pick(lesson.body_html, ctx.locale)) : null),
    videoUrl: (lesson) => lesson.video_url,
    captions: (lesson) => lesson.captions.map((track) => ({ language: track.language, label: captionLabel(track.language), url: track.url })),
    documentUrl: (lesson) => lesson.document_url,
    durationMinutes: (lesson) => lesson.duration_minutes,
  },

  Quiz: {
    id: (quiz) => `${quiz.courseId}:quiz`,
    passPct: (quiz) => quiz.passPct,
    questions: (quiz, _args, ctx) => questionsOf(ctx).load(quiz.courseId),
  },

  // The right answer (`correct_option_id`) is deliberately not a field: it never leaves the server.
  QuizQuestion: {
    id: (question) => question.id,
    prompt: (question, _args, ctx) => pick(question.prompt, ctx.locale),
    options: (question, _args, ctx) => question.options.map((option) => ({ id: option.id, label: pick(option.label, ctx.locale) })),
  },

  Webinar: {
    id: (webinar) => webinar.id,
    title: (webinar, _args, ctx) => pick(webinar.title, ctx.locale),
    description: (webinar, _args, ctx) => pick(webinar.description, ctx.locale),
    presenter: (webinar) => webinar.presenter,
    startsAt: (webinar) => webinar.starts_at,
    endsAt: (webinar) => webinarEndsAt(webinar),
    durationMinutes: (webinar) => webinar.duration_minutes,
    seats: (webinar) => webinar.seats,
    seatsLeft: async (webinar, _args, ctx) => Math.max(0, webinar.seats - (await seatsTaken(ctx).load(webinar.id))),
    registered: async (webinar, _args, ctx) => {
      const member = viewerMember(ctx);
      return member ? registeredFor(ctx, member.memberId).load(webinar.id) : false;
    },
    joinUrl: async (webinar: WebinarRow, _args, ctx) => {
      const member = viewerMember(ctx);
      if (!member) return webinar.join_url;
      return (await registeredFor(ctx, member.memberId).load(webinar.id)) ? webinar.join_url : null;
    },
    recordingUrl: (webinar, _args, ctx) => (webinarEndsAt(webinar) <= ctx.now ? webinar.recording_url : null),
  },
};
