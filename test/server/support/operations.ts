import { buildSchema, type GraphQLObjectType } from 'graphql';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../server/src/store/tables.js';
import { typeDefs } from '../../../server/src/graphql/generated/schema-sdl.js';
import { ok, type GraphQLResponse, type TestServer } from './harness.js';

/**
 * Shared material for the cross-cutting suites (authorization, bad input, protocol, query
 * count): one example call of every root field, the objects those calls refer to, and a
 * digest of the whole database to prove that a refused request wrote nothing.
 */

/**
 * Who may call a root field. `signedIn` = a partner member or the supplier; `public` = anyone,
 * without a credential (a certificate's verdict: holding its id is the permission).
 */
export type Access = 'member' | 'supplier' | 'signedIn' | 'public' | 'placeholder';

/** Ids of real objects the example calls refer to (see `seedFixture`). */
export interface Fixture {
  /** The server clock when the fixture was made. */
  now: Date;
  categoryCode: string;
  rewardId: string;
  /** Partner A's own ORDERED redemptions: one for the member to cancel, one for the supplier to ship. */
  redemptionToCancel: string;
  redemptionToShip: string;
  /** Partner B's ORDERED redemption and its idempotency key (for the cross-partner checks). */
  partnerBRedemption: string;
  partnerBRedemptionKey: string;
  /** An order of partner A that may be refunded. */
  orderToRefund: string;
  courseId: string;
  lessonId: string;
  quizAnswers: { questionId: string; optionId: string }[];
  webinarId: string;
  materialId: string;
  /** A referral submitted by partner A's member, and one by partner B's. */
  referralId: string;
  partnerBReferral: string;
}

export interface OperationCase {
  operation: 'query' | 'mutation';
  field: string;
  access: Access;
  /** A complete document selecting a little of the field. */
  document: string;
  /** Example variables; a fresh call per request so unique values stay unique. */
  variables?: (fixture: Fixture) => Record<string, unknown>;
}

let counter = 0;
/** A value unique within the test process, for ids, domains, SKUs and idempotency keys. */
export const unique = (prefix = 'x') => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++counter}`;

const text = (en: string) => ({ en });
const days = (from: Date, n: number) => new Date(from.getTime() + n * 86_400_000).toISOString();

/**
 * Every root field of the schema with an example call. The authorization suite checks that
 * this table covers the built schema exactly, so a new field without an entry fails it.
 * Entries are in an order in which the rightful caller can run them all one after another
 * (register before unregister, …).
 */
export const OPERATIONS: OperationCase[] = [
  // ---- Query --------------------------------------------------------------------------------
  { operation: 'query', field: 'viewer', access: 'member', document: '{ viewer { member { id name } partner { id name } } }' },
  { operation: 'query', field: 'program', access: 'signedIn', document: '{ program { id currency tiers { code } } }' },
  { operation: 'query', field: 'rewards', access: 'member', document: '{ rewards(first: 5) { totalCount nodes { id name } } }' },
  {
    operation: 'query',
    field: 'reward',
    access: 'member',
    document: 'query ($id: ID!) { reward(id: $id) { id name } }',
    variables: (f) => ({ id: f.rewardId }),
  },
  { operation: 'query', field: 'rewardCategories', access: 'signedIn', document: '{ rewardCategories { code name } }' },
  { operation: 'query', field: 'courses', access: 'signedIn', document: '{ courses(first: 5) { nodes { id title } } }' },
  {
    operation: 'query',
    field: 'course',
    access: 'signedIn',
    document: 'query ($id: ID!) { course(id: $id) { id title lessons { id } } }',
    variables: (f) => ({ id: f.courseId }),
  },
  { operation: 'query', field: 'courseTopics', access: 'signedIn', document: '{ courseTopics { code name } }' },
  { operation: 'query', field: 'webinars', access: 'signedIn', document: '{ webinars(first: 5) { nodes { id title seatsLeft } } }' },
  {
    operation: 'query',
    field: 'verifyCertificate',
    access: 'public',
    document: 'query ($id: ID!) { verifyCertificate(id: $id) { valid certificate { id } } }',
    variables: () => ({ id: 'crt_does_not_exist' }),
  },
  { operation: 'query', field: 'materials', access: 'signedIn', document: '{ materials(first: 5) { totalCount nodes { id title } } }' },
  { operation: 'query', field: 'materialProductLines', access: 'signedIn', document: '{ materialProductLines }' },
  { operation: 'query', field: 'materialLanguages', access: 'signedIn', document: '{ materialLanguages }' },
  { operation: 'query', field: 'serverTime', access: 'signedIn', document: '{ serverTime }' },
  { operation: 'query', field: 'promotions', access: 'signedIn', document: '{ promotions { id title status } }' },
  { operation: 'query', field: 'productGroups', access: 'signedIn', document: '{ productGroups { code name } }' },
  {
    operation: 'query',
    field: 'volumeDiscountQuote',
    access: 'signedIn',
    document: '{ volumeDiscountQuote(orderAmountMinor: 600000) { percent discount { amountMinor } } }',
  },
  { operation: 'query', field: 'currentChallenge', access: 'signedIn', document: '{ currentChallenge { id title } }' },
  { operation: 'query', field: 'npsSurvey', access: 'member', document: '{ npsSurvey { period question canAnswer } }' },
  { operation: 'query', field: 'partners', access: 'supplier', document: '{ partners(first: 5) { nodes { id name } } }' },
  { operation: 'query', field: 'insights', access: 'supplier', document: '{ insights { partners npsAnswers pointsOutstanding } }' },

  // ---- Mutation: a partner member ----------------------------------------------------------
  {
    operation: 'mutation',
    field: 'redeemReward',
    access: 'member',
    document:
      'mutation ($input: RedeemRewardInput!) { redeemReward(input: $input) { replayed redemption { id status } points { available } } }',
    variables: (f) => ({ input: { rewardId: f.rewardId, quantity: 1, idempotencyKey: unique('redeem') } }),
  },
  {
    operation: 'mutation',
    field: 'cancelRedemption',
    access: 'member',
    document: 'mutation ($input: CancelRedemptionInput!) { cancelRedemption(input: $input) { redemption { id status } points { available } } }',
    variables: (f) => ({ input: { redemptionId: f.redemptionToCancel } }),
  },
  {
    operation: 'mutation',
    field: 'completeLesson',
    access: 'member',
    document: 'mutation ($input: CompleteLessonInput!) { completeLesson(input: $input) { courseId status percent } }',
    variables: (f) => ({ input: { courseId: f.courseId, lessonId: f.lessonId } }),
  },
  {
    operation: 'mutation',
    field: 'submitQuiz',
    access: 'member',
    document: 'mutation ($input: SubmitQuizInput!) { submitQuiz(input: $input) { passed scorePct pointsAwarded } }',
    variables: (f) => ({ input: { courseId: f.courseId, answers: f.quizAnswers } }),
  },
  {
    operation: 'mutation',
    field: 'registerWebinar',
    access: 'member',
    document: 'mutation ($input: WebinarRegistrationInput!) { registerWebinar(input: $input) { id registered seatsLeft } }',
    variables: (f) => ({ input: { webinarId: f.webinarId } }),
  },
  {
    operation: 'mutation',
    field: 'unregisterWebinar',
    access: 'member',
    document: 'mutation ($input: WebinarRegistrationInput!) { unregisterWebinar(input: $input) { id registered seatsLeft } }',
    variables: (f) => ({ input: { webinarId: f.webinarId } }),
  },
  {
    operation: 'mutation',
    field: 'recordMaterialDownload',
    access: 'member',
    document: 'mutation ($input: MaterialDownloadInput!) { recordMaterialDownload(input: $input) { url material { id downloadCount } } }',
    variables: (f) => ({ input: { materialId: f.materialId } }),
  },
  {
    operation: 'mutation',
    field: 'submitReferral',
    access: 'member',
    document: 'mutation ($input: SubmitReferralInput!) { submitReferral(input: $input) { id status companyName } }',
    variables: () => {
      const name = unique('referred');
      return { input: { companyName: 'Referred Co', domain: `${name}.example`, contactName: 'Pat Doe', contactEmail: `pat@${name}.example`, consent: true } };
    },
  },
  {
    operation: 'mutation',
    field: 'submitNps',
    access: 'member',
    document: 'mutation ($input: SubmitNpsInput!) { submitNps(input: $input) { period score pointsAwarded } }',
    variables: () => ({ input: { score: 9, comment: 'Helpful program' } }),
  },

  // ---- Mutation: the supplier --------------------------------------------------------------
  {
    operation: 'mutation',
    field: 'createPartner',
    access: 'supplier',
    document: 'mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id name } }',
    variables: () => {
      const name = unique('partner');
      return { input: { name: `Partner ${name}`, domain: `${name}.example` } };
    },
  },
  {
    operation: 'mutation',
    field: 'createMember',
    access: 'supplier',
    document: 'mutation ($input: CreateMemberInput!) { createMember(input: $input) { id name } }',
    variables: () => ({ input: { partnerId: 'ptn_a', name: 'New Hire', email: `${unique('hire')}@alpha-retail.example` } }),
  },
  {
    operation: 'mutation',
    field: 'issueWidgetToken',
    access: 'supplier',
    document: 'mutation ($input: IssueWidgetTokenInput!) { issueWidgetToken(input: $input) { token expiresAt } }',
    variables: () => ({ input: { partnerId: 'ptn_a', memberId: 'mem_a1', ttlSeconds: 60 } }),
  },
  {
    operation: 'mutation',
    field: 'ingestOrder',
    access: 'supplier',
    document: 'mutation ($input: IngestOrderInput!) { ingestOrder(input: $input) { orderId pointsAccrued replayed } }',
    variables: (f) => ({
      input: {
        orderId: unique('order'),
        partnerId: 'ptn_a',
        memberId: 'mem_a1',
        orderedAt: days(f.now, -1),
        currency: 'USD',
        lines: [{ productGroup: 'tools', amountMinor: 10_000 }],
      },
    }),
  },
  {
    operation: 'mutation',
    field: 'refundOrder',
    access: 'supplier',
    document: 'mutation ($input: RefundOrderInput!) { refundOrder(input: $input) { orderId pointsReversed replayed } }',
    variables: (f) => ({ input: { orderId: f.orderToRefund } }),
  },
  {
    operation: 'mutation',
    field: 'adjustPoints',
    access: 'supplier',
    document: 'mutation ($input: AdjustPointsInput!) { adjustPoints(input: $input) { id points type } }',
    variables: () => ({ input: { partnerId: 'ptn_a', points: 10, reason: 'Goodwill', idempotencyKey: unique('adjust') } }),
  },
  { operation: 'mutation', field: 'runExpiry', access: 'supplier', document: 'mutation { runExpiry { partnersAffected pointsExpired } }' },
  {
    operation: 'mutation',
    field: 'upsertTier',
    access: 'supplier',
    document: 'mutation ($input: UpsertTierInput!) { upsertTier(input: $input) { code rank } }',
    // The base program's GOLD tier, unchanged: an upsert that alters nothing.
    variables: () => ({
      input: {
        code: 'GOLD',
        name: { en: 'Gold', th: 'Gold (th)', nb: 'Gold (nb)', ms: 'Gold (ms)' },
        rank: 2,
        thresholdMinor: 5_000_000,
        multiplierPct: 150,
        discountPct: 5,
        color: '#C9A227',
        benefits: [{ code: 'PRIORITY_SUPPORT', label: { en: 'Priority support', th: 'Priority support (th)', nb: 'Priority support (nb)', ms: 'Priority support (ms)' } }],
      },
    }),
  },
  {
    operation: 'mutation',
    field: 'upsertRewardCategory',
    access: 'supplier',
    document: 'mutation ($input: UpsertRewardCategoryInput!) { upsertRewardCategory(input: $input) { code name } }',
    variables: () => ({ input: { code: 'auth-check', name: text('Auth check'), position: 9 } }),
  },
  {
    operation: 'mutation',
    field: 'upsertReward',
    access: 'supplier',
    document: 'mutation ($input: UpsertRewardInput!) { upsertReward(input: $input) { id sku } }',
    variables: (f) => ({
      input: { sku: unique('SKU'), categoryCode: f.categoryCode, name: text('Mug'), description: text('A mug.'), costPoints: 50, stock: 5 },
    }),
  },
  {
    operation: 'mutation',
    field: 'updateRedemptionStatus',
    access: 'supplier',
    document: 'mutation ($input: UpdateRedemptionStatusInput!) { updateRedemptionStatus(input: $input) { id status } }',
    variables: (f) => ({ input: { redemptionId: f.redemptionToShip, status: 'SHIPPED' } }),
  },
  {
    operation: 'mutation',
    field: 'upsertPromotion',
    access: 'supplier',
    document: 'mutation ($input: UpsertPromotionInput!) { upsertPromotion(input: $input) { id status } }',
    variables: (f) => ({
      input: {
        title: text('Double points on tools'),
        description: text('Twice the points.'),
        productGroups: ['tools'],
        pointsMultiplierPct: 200,
        startsAt: days(f.now, 30),
        endsAt: days(f.now, 60),
      },
    }),
  },
  {
    operation: 'mutation',
    field: 'upsertMaterial',
    access: 'supplier',
    document: 'mutation ($input: UpsertMaterialInput!) { upsertMaterial(input: $input) { id title } }',
    variables: () => ({ input: materialInput('Shelf talker') }),
  },
  {
    operation: 'mutation',
    field: 'upsertCourse',
    access: 'supplier',
    document: 'mutation ($input: UpsertCourseInput!) { upsertCourse(input: $input) { id title } }',
    variables: () => ({ input: courseInput('Selling basics', false) }),
  },
  {
    operation: 'mutation',
    field: 'upsertProductGroup',
    access: 'supplier',
    document: 'mutation ($input: UpsertProductGroupInput!) { upsertProductGroup(input: $input) { code name } }',
    variables: () => ({ input: { code: 'auth-check', name: text('Auth check') } }),
  },
  {
    operation: 'mutation',
    field: 'upsertCourseTopic',
    access: 'supplier',
    document: 'mutation ($input: UpsertCourseTopicInput!) { upsertCourseTopic(input: $input) { code name } }',
    variables: () => ({ input: { code: 'sales', name: text('Sales') } }),
  },
  {
    operation: 'mutation',
    field: 'upsertWebinar',
    access: 'supplier',
    document: 'mutation ($input: UpsertWebinarInput!) { upsertWebinar(input: $input) { id title } }',
    variables: (f) => ({ input: webinarInput('Product launch', days(f.now, 10)) }),
  },
  {
    operation: 'mutation',
    field: 'updateReferralStatus',
    access: 'supplier',
    document: 'mutation ($input: UpdateReferralStatusInput!) { updateReferralStatus(input: $input) { id status } }',
    variables: (f) => ({ input: { referralId: f.referralId, status: 'QUALIFIED' } }),
  },

  // ---- The placeholder ------------------------------------------------------------------------
  { operation: 'mutation', field: '_noop', access: 'placeholder', document: 'mutation { _noop }' },
];

export function materialInput(title: string, extra: Record<string, unknown> = {}) {
  return {
    title: text(title),
    description: text(`${title}, print-ready.`),
    type: 'BROCHURE',
    productLine: 'Tools',
    language: 'en',
    format: 'PDF',
    fileSizeBytes: 120_000,
    fileUrl: 'https://cdn.example/materials/file.pdf',
    ...extra,
  };
}

export function courseInput(title: string, withQuiz: boolean, extra: Record<string, unknown> = {}) {
  return {
    title: text(title),
    summary: text(`${title} in ten minutes.`),
    topic: 'sales',
    level: 'BEGINNER',
    pointsReward: 25,
    lessons: [
      { title: text('Welcome'), kind: 'TEXT', bodyHtml: text('<p>Welcome.</p>'), durationMinutes: 5 },
      { title: text('Next steps'), kind: 'TEXT', bodyHtml: text('<p>Next.</p>'), durationMinutes: 5 },
    ],
    ...(withQuiz
      ? {
          quizPassPct: 50,
          quiz: [
            { prompt: text('Pick the first'), options: [text('First'), text('Second')], correctOption: 0 },
            { prompt: text('Pick the first again'), options: [text('First'), text('Second'), text('Third')], correctOption: 0 },
          ],
        }
      : {}),
    ...extra,
  };
}

export function webinarInput(title: string, startsAt: string, extra: Record<string, unknown> = {}) {
  return {
    title: text(title),
    description: text(`${title}, live.`),
    presenter: 'Pat Presenter',
    startsAt,
    durationMinutes: 60,
    seats: 50,
    joinUrl: 'https://meet.example/launch',
    ...extra,
  };
}

/** The root fields of the built schema (subscriptions too: the table would have to cover them). */
export function schemaRootFields(): { operation: 'query' | 'mutation' | 'subscription'; field: string; deprecated: boolean }[] {
  const schema = buildSchema(typeDefs);
  const roots: ['query' | 'mutation' | 'subscription', GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([operation, type]) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ operation, field: field.name, deprecated: field.deprecationReason != null })),
  );
}

// ---- Admin helpers ------------------------------------------------------------------------------

export const GQL = {
  upsertCategory: 'mutation ($input: UpsertRewardCategoryInput!) { upsertRewardCategory(input: $input) { id code } }',
  upsertReward: 'mutation ($input: UpsertRewardInput!) { upsertReward(input: $input) { id sku } }',
  ingestOrder: 'mutation ($input: IngestOrderInput!) { ingestOrder(input: $input) { orderId pointsAccrued replayed } }',
  redeem: 'mutation ($input: RedeemRewardInput!) { redeemReward(input: $input) { replayed redemption { id status } points { available } } }',
  upsertCourse: 'mutation ($input: UpsertCourseInput!) { upsertCourse(input: $input) { id } }',
  upsertWebinar: 'mutation ($input: UpsertWebinarInput!) { upsertWebinar(input: $input) { id } }',
  upsertMaterial: 'mutation ($input: UpsertMaterialInput!) { upsertMaterial(input: $input) { id } }',
  submitReferral: 'mutation ($input: SubmitReferralInput!) { submitReferral(input: $input) { id status } }',
  createMember: 'mutation ($input: CreateMemberInput!) { createMember(input: $input) { id } }',
  runExpiry: 'mutation { runExpiry { partnersAffected pointsExpired } }',
} as const;

export async function ingestOrder(
  server: TestServer,
  input: { orderId?: string; partnerId: string; memberId?: string | null; orderedAt: Date | string; amountMinor: number; productGroup?: string },
) {
  const orderedAt = typeof input.orderedAt === 'string' ? input.orderedAt : input.orderedAt.toISOString();
  return ok(
    await server.admin(GQL.ingestOrder, {
      input: {
        orderId: input.orderId ?? unique('order'),
        partnerId: input.partnerId,
        memberId: input.memberId ?? null,
        orderedAt,
        currency: 'USD',
        lines: [{ productGroup: input.productGroup ?? 'tools', amountMinor: input.amountMinor }],
      },
    }),
  ).ingestOrder as { orderId: string; pointsAccrued: number; replayed: boolean };
}

export async function redeem(server: TestServer, memberId: string, rewardId: string, idempotencyKey = unique('redeem'), quantity = 1) {
  const data = ok(await server.member(memberId, GQL.redeem, { input: { rewardId, quantity, idempotencyKey } }));
  return { id: data.redeemReward.redemption.id as string, idempotencyKey, available: data.redeemReward.points.available as number };
}

/**
 * Objects for the example calls, made through the API: a reward, points for both partners
 * (orders old enough to be spendable), A's and B's redemptions, a course with a quiz, an
 * upcoming webinar, a published material and a referral from each partner.
 */
export async function seedFixture(server: TestServer): Promise<Fixture> {
  const now = server.clock.now();
  const categoryCode = 'gear';
  ok(await server.admin(GQL.upsertCategory, { input: { code: categoryCode, name: text('Gear'), position: 1 } }));
  const reward = ok(
    await server.admin(GQL.upsertReward, {
      input: { sku: 'FIX-MUG', categoryCode, name: text('Fixture mug'), description: text('A mug.'), costPoints: 100, stock: 20 },
    }),
  ).upsertReward;

  // $5,000 each, 40 days ago: past the 14-day return window, so the points are spendable.
  const orderedAt = new Date(now.getTime() - 40 * 86_400_000);
  const orderA = await ingestOrder(server, { partnerId: 'ptn_a', memberId: 'mem_a1', orderedAt, amountMinor: 500_000 });
  await ingestOrder(server, { partnerId: 'ptn_b', memberId: 'mem_b1', orderedAt, amountMinor: 500_000 });
  ok(await server.admin(GQL.runExpiry));

  const toCancel = await redeem(server, 'mem_a1', reward.id);
  const toShip = await redeem(server, 'mem_a2', reward.id);
  const ofB = await redeem(server, 'mem_b1', reward.id);

  const course = ok(await server.admin(GQL.upsertCourse, { input: courseInput('Fixture course', true) })).upsertCourse;
  const detail = ok(
    await server.admin('query ($id: ID!) { course(id: $id) { lessons { id } quiz { questions { id options { id } } } } }', { id: course.id }),
  ).course;
  const webinar = ok(await server.admin(GQL.upsertWebinar, { input: webinarInput('Fixture webinar', days(now, 7)) })).upsertWebinar;
  const material = ok(await server.admin(GQL.upsertMaterial, { input: materialInput('Fixture brochure', { publishedAt: days(now, -3) }) }))
    .upsertMaterial;
  const referralOf = async (memberId: string) => {
    const name = unique('fixture-referred');
    return ok(
      await server.member(memberId, GQL.submitReferral, {
        input: { companyName: 'Fixture Referred', domain: `${name}.example`, contactName: 'Sam Contact', contactEmail: `sam@${name}.example`, consent: true },
      }),
    ).submitReferral.id as string;
  };

  return {
    now,
    categoryCode,
    rewardId: reward.id,
    redemptionToCancel: toCancel.id,
    redemptionToShip: toShip.id,
    partnerBRedemption: ofB.id,
    partnerBRedemptionKey: ofB.idempotencyKey,
    orderToRefund: orderA.orderId,
    courseId: course.id,
    lessonId: detail.lessons[0].id,
    quizAnswers: detail.quiz.questions.map((q: { id: string; options: { id: string }[] }) => ({ questionId: q.id, optionId: q.options[0].id })),
    webinarId: webinar.id,
    materialId: material.id,
    referralId: await referralOf('mem_a1'),
    partnerBReferral: await referralOf('mem_b1'),
  };
}

// ---- Assertions' helpers ------------------------------------------------------------------------

/**
 * A digest per table of every row (count + md5 of the rows as text), from the database
 * itself: two equal digests mean not one row was inserted, updated or deleted. Tables are
 * listed from the catalog so a new table is covered without editing this.
 */
export async function databaseDigest(db: Kysely<Database>): Promise<Record<string, string>> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely%'
    order by table_name`.execute(db);
  const parts = tables.rows.map(
    ({ table_name }) =>
      sql`select ${sql.lit(table_name)} as name, count(*)::text || ':' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${sql.table(table_name)} t`,
  );
  const result = await sql<{ name: string; digest: string }>`${sql.join(parts, sql` union all `)}`.execute(db);
  return Object.fromEntries(result.rows.map((r) => [r.name, r.digest]));
}

/** The tables whose digest differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => before[n] !== after[n]).sort();
}

/** True when the response carries no data: no `data`, `data: null`, or only null root fields. */
export function carriesNoData(response: GraphQLResponse): boolean {
  if (response.data == null) return true;
  return Object.values(response.data as Record<string, unknown>).every((v) => v === null);
}

/** A compact description of a response for assertion messages. */
export function describeResponse(response: GraphQLResponse): string {
  return JSON.stringify(response).slice(0, 500);
}
