import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, ok, errorCode, type GraphQLResponse, type TestServer } from '../support/harness.js';
import {
  changedTables,
  courseInput,
  databaseDigest,
  describeResponse,
  materialInput,
  redeem,
  seedFixture,
  unique,
  webinarInput,
  type Fixture,
} from '../support/operations.js';

/**
 * Whatever a caller sends, the server answers with a typed error (a request error: HTTP 400
 * without `data`; or a field error with `extensions.code` and, for bad input, the `field`),
 * keeps answering, and writes nothing.
 */

let server: TestServer;
let fixture: Fixture;
/** An idempotency key partner A already used for one unit of the fixture reward. */
let usedRedemptionKey: string;

type Caller = 'supplier' | 'member';
type Expectation =
  /** Parse, validation or variable-coercion failure: HTTP 400, errors, no `data` entry. */
  | { request: true }
  /** A field error with this code (and, when given, this `field` extension). */
  | { code: string; field?: string | RegExp }
  /** A lookup of something that isn't there: null, no error. */
  | { data: Record<string, unknown> };

interface BadCase {
  name: string;
  as: Caller;
  query: string;
  variables?: () => Record<string, unknown>;
  operationName?: string;
  expect: Expectation;
}

const KB = 1024;
const big = (n: number, c = 'x') => c.repeat(n);
const text = (en: string) => ({ en });
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const daysFromNow = (n: number) => new Date(server.clock.now().getTime() + n * 86_400_000).toISOString();

const BAD = (field?: string | RegExp): Expectation => ({ code: 'BAD_USER_INPUT', ...(field ? { field } : {}) });
const NOT_FOUND: Expectation = { code: 'NOT_FOUND' };
const REQUEST: Expectation = { request: true };

const M = {
  ingest: 'mutation ($input: IngestOrderInput!) { ingestOrder(input: $input) { orderId pointsAccrued } }',
  refund: 'mutation ($input: RefundOrderInput!) { refundOrder(input: $input) { orderId pointsReversed } }',
  adjust: 'mutation ($input: AdjustPointsInput!) { adjustPoints(input: $input) { id points } }',
  redeem: 'mutation ($input: RedeemRewardInput!) { redeemReward(input: $input) { redemption { id } } }',
  cancel: 'mutation ($input: CancelRedemptionInput!) { cancelRedemption(input: $input) { redemption { id } } }',
  redemptionStatus: 'mutation ($input: UpdateRedemptionStatusInput!) { updateRedemptionStatus(input: $input) { id status } }',
  referralStatus: 'mutation ($input: UpdateReferralStatusInput!) { updateReferralStatus(input: $input) { id status } }',
  createPartner: 'mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }',
  createMember: 'mutation ($input: CreateMemberInput!) { createMember(input: $input) { id } }',
  token: 'mutation ($input: IssueWidgetTokenInput!) { issueWidgetToken(input: $input) { token } }',
  reward: 'mutation ($input: UpsertRewardInput!) { upsertReward(input: $input) { id } }',
  category: 'mutation ($input: UpsertRewardCategoryInput!) { upsertRewardCategory(input: $input) { id } }',
  tier: 'mutation ($input: UpsertTierInput!) { upsertTier(input: $input) { id } }',
  promotion: 'mutation ($input: UpsertPromotionInput!) { upsertPromotion(input: $input) { id } }',
  material: 'mutation ($input: UpsertMaterialInput!) { upsertMaterial(input: $input) { id } }',
  course: 'mutation ($input: UpsertCourseInput!) { upsertCourse(input: $input) { id } }',
  webinar: 'mutation ($input: UpsertWebinarInput!) { upsertWebinar(input: $input) { id } }',
  lesson: 'mutation ($input: CompleteLessonInput!) { completeLesson(input: $input) { status } }',
  quiz: 'mutation ($input: SubmitQuizInput!) { submitQuiz(input: $input) { passed } }',
  register: 'mutation ($input: WebinarRegistrationInput!) { registerWebinar(input: $input) { id } }',
  unregister: 'mutation ($input: WebinarRegistrationInput!) { unregisterWebinar(input: $input) { id } }',
  download: 'mutation ($input: MaterialDownloadInput!) { recordMaterialDownload(input: $input) { url } }',
  referral: 'mutation ($input: SubmitReferralInput!) { submitReferral(input: $input) { id } }',
  nps: 'mutation ($input: SubmitNpsInput!) { submitNps(input: $input) { score } }',
};

const order = (over: Record<string, unknown> = {}) => ({
  input: {
    orderId: unique('bad-order'),
    partnerId: 'ptn_a',
    memberId: 'mem_a1',
    orderedAt: daysFromNow(-1),
    currency: 'USD',
    lines: [{ productGroup: 'tools', amountMinor: 10_000 }],
    ...over,
  },
});
const adjust = (over: Record<string, unknown> = {}) => ({
  input: { partnerId: 'ptn_a', points: 10, reason: 'Goodwill', idempotencyKey: unique('adjust'), ...over },
});
const redeemVars = (over: Record<string, unknown> = {}) => ({
  input: { rewardId: fixture.rewardId, quantity: 1, idempotencyKey: unique('redeem'), ...over },
});
const rewardVars = (over: Record<string, unknown> = {}) => ({
  input: { sku: unique('SKU'), categoryCode: fixture.categoryCode, name: text('Mug'), description: text('A mug.'), costPoints: 50, ...over },
});
const tierVars = (over: Record<string, unknown> = {}) => ({
  input: { code: 'DIAMOND', name: text('Diamond'), rank: 4, thresholdMinor: 50_000_000, multiplierPct: 250, discountPct: 10, color: '#112233', benefits: [], ...over },
});
const promotionVars = (over: Record<string, unknown> = {}) => ({
  input: {
    title: text('Double points'),
    description: text('Twice the points.'),
    productGroups: ['tools'],
    pointsMultiplierPct: 200,
    startsAt: daysFromNow(30),
    endsAt: daysFromNow(60),
    ...over,
  },
});
const referralVars = (over: Record<string, unknown> = {}) => {
  const name = unique('referred');
  return { input: { companyName: 'Referred Co', domain: `${name}.example`, contactName: 'Pat Doe', contactEmail: `pat@${name}.example`, consent: true, ...over } };
};

// ---- The cases ----------------------------------------------------------------------------------

const documentCases: BadCase[] = [
  { name: 'a syntax error', as: 'supplier', query: '{ viewer { member { id }', expect: REQUEST },
  { name: 'an empty document', as: 'supplier', query: '', expect: REQUEST },
  { name: 'an unknown field', as: 'member', query: '{ viewer { member { shoeSize } } }', expect: REQUEST },
  { name: 'an unknown argument', as: 'member', query: '{ rewards(limit: 5) { totalCount } }', expect: REQUEST },
  { name: 'an object field without a selection', as: 'member', query: '{ viewer }', expect: REQUEST },
  { name: 'an undefined type in a variable definition', as: 'supplier', query: 'query ($x: Nope) { program { id } }', variables: () => ({ x: 1 }), expect: REQUEST },
  { name: 'an operationName the document lacks', as: 'supplier', query: 'query A { program { id } }', operationName: 'B', expect: REQUEST },
  { name: 'two anonymous operations', as: 'supplier', query: '{ program { id } } { program { name } }', expect: REQUEST },
  { name: 'a mutation of a field that is a query', as: 'supplier', query: 'mutation { partners { nodes { id } } }', expect: REQUEST },
  {
    name: 'a document over the token limit',
    as: 'supplier',
    query: `{ ${Array.from({ length: 3100 }, () => '__typename').join(' ')} }`,
    expect: REQUEST,
  },
  {
    name: 'more aliases than the limit',
    as: 'supplier',
    query: `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: insights { partners }`).join(' ')} }`,
    expect: REQUEST,
  },
];

const variableCases: BadCase[] = [
  { name: 'a string for an Int (points: "ten")', as: 'supplier', query: M.adjust, variables: () => adjust({ points: 'ten' }), expect: REQUEST },
  { name: 'a string for first', as: 'member', query: 'query ($n: Int) { rewards(first: $n) { totalCount } }', variables: () => ({ n: '10' }), expect: REQUEST },
  { name: 'a string for the order lines', as: 'supplier', query: M.ingest, variables: () => order({ lines: 'a lot' }), expect: REQUEST },
  { name: 'a missing required variable', as: 'supplier', query: M.ingest, variables: () => ({}), expect: REQUEST },
  { name: 'null for a required input field', as: 'supplier', query: M.ingest, variables: () => order({ orderId: null }), expect: REQUEST },
  { name: 'an unknown input field', as: 'supplier', query: M.ingest, variables: () => order({ discountPct: 5 }), expect: REQUEST },
  { name: 'an Int beyond 32 bits (points: 2^31)', as: 'supplier', query: M.adjust, variables: () => adjust({ points: 2 ** 31 }), expect: REQUEST },
  { name: 'a fractional Int (points: 1.5)', as: 'supplier', query: M.adjust, variables: () => adjust({ points: 1.5 }), expect: REQUEST },
  { name: 'a boolean for an ID', as: 'member', query: M.cancel, variables: () => ({ input: { redemptionId: true } }), expect: REQUEST },
];

const amountCases: BadCase[] = [
  { name: 'a negative order amount', as: 'supplier', query: M.ingest, variables: () => order({ lines: [{ productGroup: 'tools', amountMinor: -1 }] }), expect: BAD('lines[0].amountMinor') },
  {
    name: 'the most negative SafeInt as an order amount',
    as: 'supplier',
    query: M.ingest,
    variables: () => order({ lines: [{ productGroup: 'tools', amountMinor: -Number.MAX_SAFE_INTEGER }] }),
    expect: BAD('lines[0].amountMinor'),
  },
  { name: 'a fractional order amount (12.5)', as: 'supplier', query: M.ingest, variables: () => order({ lines: [{ productGroup: 'tools', amountMinor: 12.5 }] }), expect: REQUEST },
  { name: 'an order amount of 2^53 (beyond SafeInt)', as: 'supplier', query: M.ingest, variables: () => order({ lines: [{ productGroup: 'tools', amountMinor: 2 ** 53 }] }), expect: REQUEST },
  { name: 'an order amount of 1e300', as: 'supplier', query: M.ingest, variables: () => order({ lines: [{ productGroup: 'tools', amountMinor: 1e300 }] }), expect: REQUEST },
  { name: 'an order amount as a numeric string', as: 'supplier', query: M.ingest, variables: () => order({ lines: [{ productGroup: 'tools', amountMinor: '10000' }] }), expect: REQUEST },
  {
    name: 'an order amount literal beyond 2^53 in the document',
    as: 'supplier',
    query: `mutation { ingestOrder(input: { orderId: "${'lit-' + Date.now()}", partnerId: "ptn_a", orderedAt: "2026-11-20T10:00:00Z", currency: "USD", lines: [{ productGroup: "tools", amountMinor: 9007199254740993 }] }) { orderId } }`,
    expect: REQUEST,
  },
  {
    name: 'order lines whose sum passes 2^53',
    as: 'supplier',
    query: M.ingest,
    variables: () => order({ lines: [{ productGroup: 'tools', amountMinor: 2 ** 52 }, { productGroup: 'tools', amountMinor: 2 ** 52 }] }),
    expect: BAD('lines'),
  },
  {
    // $1 trillion: a valid SafeInt whose points (10^12) don't fit the ledger's 32-bit points.
    name: 'a SafeInt order amount whose points cannot be recorded (10^14 minor units)',
    as: 'supplier',
    query: M.ingest,
    variables: () => order({ lines: [{ productGroup: 'tools', amountMinor: 100_000_000_000_000 }] }),
    expect: BAD(),
  },
  { name: 'points: 0', as: 'supplier', query: M.adjust, variables: () => adjust({ points: 0 }), expect: BAD('points') },
  { name: 'points above the adjustment limit', as: 'supplier', query: M.adjust, variables: () => adjust({ points: 1_000_001 }), expect: BAD('points') },
  { name: 'points below the negative adjustment limit', as: 'supplier', query: M.adjust, variables: () => adjust({ points: -1_000_001 }), expect: BAD('points') },
  { name: 'a debit larger than the balance', as: 'supplier', query: M.adjust, variables: () => adjust({ points: -999_999 }), expect: { code: 'INSUFFICIENT_POINTS' } },
  { name: 'a negative quote amount', as: 'member', query: '{ volumeDiscountQuote(orderAmountMinor: -1) { percent } }', expect: BAD('orderAmountMinor') },
  {
    name: 'a quote amount beyond SafeInt',
    as: 'member',
    query: 'query ($n: SafeInt!) { volumeDiscountQuote(orderAmountMinor: $n) { percent } }',
    variables: () => ({ n: 2 ** 53 + 2 }),
    expect: REQUEST,
  },
  { name: 'a tier threshold beyond SafeInt', as: 'supplier', query: M.tier, variables: () => tierVars({ thresholdMinor: 2 ** 53 }), expect: REQUEST },
  { name: 'a negative tier threshold', as: 'supplier', query: M.tier, variables: () => tierVars({ thresholdMinor: -100 }), expect: BAD('thresholdMinor') },
  { name: 'a file size beyond SafeInt', as: 'supplier', query: M.material, variables: () => ({ input: materialInput('Huge', { fileSizeBytes: 2 ** 60 }) }), expect: REQUEST },
  { name: 'a negative file size', as: 'supplier', query: M.material, variables: () => ({ input: materialInput('Negative', { fileSizeBytes: -1 }) }), expect: BAD('fileSizeBytes') },
  { name: 'reward cost 0', as: 'supplier', query: M.reward, variables: () => rewardVars({ costPoints: 0 }), expect: BAD('costPoints') },
  { name: 'negative reward stock', as: 'supplier', query: M.reward, variables: () => rewardVars({ stock: -1 }), expect: BAD('stock') },
  { name: 'webinar seats -1', as: 'supplier', query: M.webinar, variables: () => ({ input: webinarInput('Seats', daysFromNow(5), { seats: -1 }) }), expect: BAD('seats') },
  { name: 'referral reward points of 0', as: 'supplier', query: M.referralStatus, variables: () => ({ input: { referralId: fixture.referralId, status: 'QUALIFIED', rewardPoints: 0 } }), expect: BAD() },
];

const dateCases: BadCase[] = [
  { name: 'a day-first date (23/11/2026)', as: 'supplier', query: M.ingest, variables: () => order({ orderedAt: '23/11/2026' }), expect: REQUEST },
  { name: 'a date without a time', as: 'supplier', query: M.ingest, variables: () => order({ orderedAt: '2026-11-20' }), expect: REQUEST },
  { name: 'a date-time without a zone', as: 'supplier', query: M.ingest, variables: () => order({ orderedAt: '2026-11-20T10:00:00' }), expect: REQUEST },
  { name: 'a Unix timestamp number', as: 'supplier', query: M.ingest, variables: () => order({ orderedAt: 1_795_000_000 }), expect: REQUEST },
  { name: 'hour 25', as: 'supplier', query: M.ingest, variables: () => order({ orderedAt: '2026-11-20T25:00:00Z' }), expect: REQUEST },
  { name: 'February 30th (no such day)', as: 'supplier', query: M.ingest, variables: () => order({ orderedAt: '2026-02-30T10:00:00Z' }), expect: REQUEST },
  { name: 'an order dated two days ahead', as: 'supplier', query: M.ingest, variables: () => order({ orderedAt: daysFromNow(2) }), expect: BAD('orderedAt') },
  { name: 'a promotion starting "tomorrow"', as: 'supplier', query: M.promotion, variables: () => promotionVars({ startsAt: 'tomorrow' }), expect: REQUEST },
  { name: 'a webinar starting at an empty string', as: 'supplier', query: M.webinar, variables: () => ({ input: webinarInput('Empty date', '') }), expect: REQUEST },
  { name: 'a partner joining "yesterday"', as: 'supplier', query: M.createPartner, variables: () => ({ input: { name: 'Yesterday Co', domain: `${unique('y')}.example`, joinedAt: 'yesterday' } }), expect: REQUEST },
  { name: 'a promotion ending before it starts', as: 'supplier', query: M.promotion, variables: () => promotionVars({ startsAt: daysFromNow(30), endsAt: daysFromNow(29) }), expect: BAD('endsAt') },
  {
    name: 'a reward window that ends before it opens',
    as: 'supplier',
    query: M.reward,
    variables: () => rewardVars({ availableFrom: daysFromNow(10), availableUntil: daysFromNow(5) }),
    expect: BAD(/^available(From|Until)$/),
  },
];

const oversizedCases: BadCase[] = [
  { name: 'a 10 kB partner name', as: 'supplier', query: M.createPartner, variables: () => ({ input: { name: big(10 * KB), domain: `${unique('big')}.example` } }), expect: BAD('name') },
  { name: 'a 10 kB member name', as: 'supplier', query: M.createMember, variables: () => ({ input: { partnerId: 'ptn_a', name: big(10 * KB), email: 'x@alpha-retail.example' } }), expect: BAD('name') },
  { name: 'a 10 kB member e-mail', as: 'supplier', query: M.createMember, variables: () => ({ input: { partnerId: 'ptn_a', name: 'X', email: `${big(10 * KB)}@alpha-retail.example` } }), expect: BAD('email') },
  { name: 'a 10 kB reward name', as: 'supplier', query: M.reward, variables: () => rewardVars({ name: text(big(10 * KB)) }), expect: BAD('name.en') },
  { name: 'a 10 kB Thai reward name', as: 'supplier', query: M.reward, variables: () => rewardVars({ name: { en: 'Mug', th: big(10 * KB, 'ก') } }), expect: BAD('name.th') },
  { name: 'a 100 kB reward description', as: 'supplier', query: M.reward, variables: () => rewardVars({ description: text(big(100 * KB)) }), expect: BAD('description.en') },
  { name: 'a 10 kB category name', as: 'supplier', query: M.category, variables: () => ({ input: { code: 'big-cat', name: text(big(10 * KB)) } }), expect: BAD('name.en') },
  { name: 'a 10 kB tier name', as: 'supplier', query: M.tier, variables: () => tierVars({ name: text(big(10 * KB)) }), expect: BAD('name.en') },
  { name: 'a 10 kB course title', as: 'supplier', query: M.course, variables: () => ({ input: courseInput(big(10 * KB), false) }), expect: BAD('title.en') },
  { name: 'a 10 kB webinar title', as: 'supplier', query: M.webinar, variables: () => ({ input: webinarInput(big(10 * KB), daysFromNow(5)) }), expect: BAD('title.en') },
  { name: 'a 10 kB webinar presenter', as: 'supplier', query: M.webinar, variables: () => ({ input: webinarInput('Launch', daysFromNow(5), { presenter: big(10 * KB) }) }), expect: BAD('presenter') },
  { name: 'a 10 kB material title', as: 'supplier', query: M.material, variables: () => ({ input: materialInput(big(10 * KB)) }), expect: BAD('title.en') },
  { name: 'a 10 kB promotion title', as: 'supplier', query: M.promotion, variables: () => promotionVars({ title: text(big(10 * KB)) }), expect: BAD('title.en') },
  { name: 'a 10 kB referral company name', as: 'member', query: M.referral, variables: () => referralVars({ companyName: big(10 * KB) }), expect: BAD('companyName') },
  { name: 'a 100 kB referral note', as: 'member', query: M.referral, variables: () => referralVars({ note: big(100 * KB) }), expect: BAD('note') },
  { name: 'a 100 kB redemption note', as: 'member', query: M.redeem, variables: () => redeemVars({ note: big(100 * KB) }), expect: BAD('note') },
  { name: 'a 100 kB NPS comment', as: 'member', query: M.nps, variables: () => ({ input: { score: 8, comment: big(100 * KB) } }), expect: BAD('comment') },
  { name: 'a 100 kB adjustment reason', as: 'supplier', query: M.adjust, variables: () => adjust({ reason: big(100 * KB) }), expect: BAD('reason') },
  { name: 'a blank adjustment reason', as: 'supplier', query: M.adjust, variables: () => adjust({ reason: '   ' }), expect: BAD('reason') },
  { name: 'a 10 kB order id', as: 'supplier', query: M.ingest, variables: () => order({ orderId: big(10 * KB) }), expect: BAD('orderId') },
  { name: 'a 10 kB product group', as: 'supplier', query: M.ingest, variables: () => order({ lines: [{ productGroup: big(10 * KB), amountMinor: 100 }] }), expect: BAD('lines[0].productGroup') },
  { name: 'a 10 kB catalog search', as: 'member', query: 'query ($s: String) { rewards(search: $s) { totalCount } }', variables: () => ({ s: big(10 * KB) }), expect: BAD('search') },
  { name: 'a 10 kB library search', as: 'member', query: 'query ($s: String) { materials(search: $s) { totalCount } }', variables: () => ({ s: big(10 * KB) }), expect: BAD('search') },
  { name: 'a 10 kB certificate id', as: 'member', query: 'query ($id: ID!) { verifyCertificate(id: $id) { valid } }', variables: () => ({ id: big(10 * KB) }), expect: { data: { verifyCertificate: { valid: false } } } },
];

const orderCases: BadCase[] = [
  { name: 'an order without lines', as: 'supplier', query: M.ingest, variables: () => order({ lines: [] }), expect: BAD('lines') },
  { name: 'an order in another currency (EUR)', as: 'supplier', query: M.ingest, variables: () => order({ currency: 'EUR' }), expect: BAD('currency') },
  { name: 'an order with an empty currency', as: 'supplier', query: M.ingest, variables: () => order({ currency: '' }), expect: BAD('currency') },
  { name: 'an order id with spaces', as: 'supplier', query: M.ingest, variables: () => order({ orderId: 'order 1' }), expect: BAD('orderId') },
  { name: 'an order of an unknown partner', as: 'supplier', query: M.ingest, variables: () => order({ partnerId: 'ptn_nope', memberId: null }), expect: { code: 'NOT_FOUND', field: 'partnerId' } },
  { name: 'an order by an unknown member', as: 'supplier', query: M.ingest, variables: () => order({ memberId: 'mem_nope' }), expect: { code: 'NOT_FOUND', field: 'memberId' } },
  { name: "an order by another partner's member", as: 'supplier', query: M.ingest, variables: () => order({ memberId: 'mem_b1' }), expect: { code: 'NOT_FOUND', field: 'memberId' } },
  {
    name: 'a replayed order id with other contents',
    as: 'supplier',
    query: M.ingest,
    variables: () => order({ orderId: fixture.orderToRefund, lines: [{ productGroup: 'tools', amountMinor: 1 }] }),
    expect: { code: 'IDEMPOTENCY_CONFLICT', field: 'orderId' },
  },
  { name: 'an empty product group', as: 'supplier', query: M.ingest, variables: () => order({ lines: [{ productGroup: '  ', amountMinor: 100 }] }), expect: BAD('lines[0].productGroup') },
];

const redemptionCases: BadCase[] = [
  { name: 'quantity 0', as: 'member', query: M.redeem, variables: () => redeemVars({ quantity: 0 }), expect: BAD('quantity') },
  { name: 'quantity 11', as: 'member', query: M.redeem, variables: () => redeemVars({ quantity: 11 }), expect: BAD('quantity') },
  { name: 'quantity -1', as: 'member', query: M.redeem, variables: () => redeemVars({ quantity: -1 }), expect: BAD('quantity') },
  { name: 'a 3-character idempotency key', as: 'member', query: M.redeem, variables: () => redeemVars({ idempotencyKey: 'abc' }), expect: BAD('idempotencyKey') },
  { name: 'an empty idempotency key', as: 'member', query: M.redeem, variables: () => redeemVars({ idempotencyKey: '' }), expect: BAD('idempotencyKey') },
  { name: 'a 101-character idempotency key', as: 'member', query: M.redeem, variables: () => redeemVars({ idempotencyKey: big(101, 'k') }), expect: BAD('idempotencyKey') },
  { name: 'a 7-character adjustment key', as: 'supplier', query: M.adjust, variables: () => adjust({ idempotencyKey: 'abcdefg' }), expect: BAD('idempotencyKey') },
  {
    name: 'a used idempotency key with another quantity',
    as: 'member',
    query: M.redeem,
    variables: () => redeemVars({ idempotencyKey: usedRedemptionKey, quantity: 2 }),
    expect: { code: 'IDEMPOTENCY_CONFLICT', field: 'idempotencyKey' },
  },
];

const unknownIdCases: BadCase[] = [
  { name: 'refundOrder of an unknown order', as: 'supplier', query: M.refund, variables: () => ({ input: { orderId: 'order-nope' } }), expect: NOT_FOUND },
  { name: 'redeemReward of an unknown reward', as: 'member', query: M.redeem, variables: () => redeemVars({ rewardId: 'rwd_nope' }), expect: NOT_FOUND },
  { name: 'cancelRedemption of an unknown redemption', as: 'member', query: M.cancel, variables: () => ({ input: { redemptionId: 'rdm_nope' } }), expect: NOT_FOUND },
  { name: 'updateRedemptionStatus of an unknown redemption', as: 'supplier', query: M.redemptionStatus, variables: () => ({ input: { redemptionId: 'rdm_nope', status: 'SHIPPED' } }), expect: NOT_FOUND },
  { name: 'updateReferralStatus of an unknown referral', as: 'supplier', query: M.referralStatus, variables: () => ({ input: { referralId: 'ref_nope', status: 'QUALIFIED' } }), expect: NOT_FOUND },
  { name: 'adjustPoints of an unknown partner', as: 'supplier', query: M.adjust, variables: () => adjust({ partnerId: 'ptn_nope' }), expect: { code: 'NOT_FOUND', field: 'partnerId' } },
  { name: 'createMember in an unknown partner', as: 'supplier', query: M.createMember, variables: () => ({ input: { partnerId: 'ptn_nope', name: 'X', email: 'x@example.com' } }), expect: NOT_FOUND },
  { name: 'issueWidgetToken for an unknown member', as: 'supplier', query: M.token, variables: () => ({ input: { partnerId: 'ptn_a', memberId: 'mem_nope' } }), expect: NOT_FOUND },
  { name: 'upsertReward with an unknown id', as: 'supplier', query: M.reward, variables: () => rewardVars({ id: 'rwd_nope' }), expect: NOT_FOUND },
  { name: 'upsertReward in an unknown category', as: 'supplier', query: M.reward, variables: () => rewardVars({ categoryCode: 'nope' }), expect: BAD('categoryCode') },
  { name: 'upsertReward gated by an unknown tier', as: 'supplier', query: M.reward, variables: () => rewardVars({ requiredTierCode: 'DIAMOND' }), expect: BAD('requiredTierCode') },
  { name: 'upsertPromotion with an unknown id', as: 'supplier', query: M.promotion, variables: () => promotionVars({ id: 'prm_nope' }), expect: NOT_FOUND },
  { name: 'upsertCourse with an unknown id', as: 'supplier', query: M.course, variables: () => ({ input: courseInput('Nope', false, { id: 'crs_nope' }) }), expect: NOT_FOUND },
  { name: 'upsertWebinar with an unknown id', as: 'supplier', query: M.webinar, variables: () => ({ input: webinarInput('Nope', daysFromNow(5), { id: 'web_nope' }) }), expect: NOT_FOUND },
  { name: 'upsertMaterial with an unknown id', as: 'supplier', query: M.material, variables: () => ({ input: materialInput('Nope', { id: 'mat_nope' }) }), expect: NOT_FOUND },
  { name: 'completeLesson of an unknown course', as: 'member', query: M.lesson, variables: () => ({ input: { courseId: 'crs_nope', lessonId: fixture.lessonId } }), expect: NOT_FOUND },
  { name: 'completeLesson of an unknown lesson', as: 'member', query: M.lesson, variables: () => ({ input: { courseId: fixture.courseId, lessonId: 'les_nope' } }), expect: NOT_FOUND },
  { name: 'submitQuiz of an unknown course', as: 'member', query: M.quiz, variables: () => ({ input: { courseId: 'crs_nope', answers: [] } }), expect: NOT_FOUND },
  {
    name: 'submitQuiz naming an unknown question',
    as: 'member',
    query: M.quiz,
    variables: () => ({ input: { courseId: fixture.courseId, answers: [{ questionId: 'qq_nope', optionId: 'opt_nope' }] } }),
    expect: BAD(/^answers/),
  },
  { name: 'registerWebinar of an unknown webinar', as: 'member', query: M.register, variables: () => ({ input: { webinarId: 'web_nope' } }), expect: NOT_FOUND },
  { name: 'unregisterWebinar of an unknown webinar', as: 'member', query: M.unregister, variables: () => ({ input: { webinarId: 'web_nope' } }), expect: NOT_FOUND },
  { name: 'recordMaterialDownload of an unknown material', as: 'member', query: M.download, variables: () => ({ input: { materialId: 'mat_nope' } }), expect: NOT_FOUND },
  { name: 'reward(id) of an unknown reward', as: 'member', query: '{ reward(id: "rwd_nope") { id } }', expect: { data: { reward: null } } },
  { name: 'course(id) of an unknown course', as: 'member', query: '{ course(id: "crs_nope") { id } }', expect: { data: { course: null } } },
  { name: 'verifyCertificate of an unknown certificate', as: 'member', query: '{ verifyCertificate(id: "crt_nope") { valid certificate { id } } }', expect: { data: { verifyCertificate: { valid: false, certificate: null } } } },
];

const enumCases: BadCase[] = [
  { name: 'an unknown enum literal (sort: WHATEVER)', as: 'member', query: '{ rewards(sort: WHATEVER) { totalCount } }', expect: REQUEST },
  { name: 'an unknown enum in a variable', as: 'member', query: 'query ($s: RewardSort) { rewards(sort: $s) { totalCount } }', variables: () => ({ s: 'WHATEVER' }), expect: REQUEST },
  { name: 'an enum in lower case', as: 'supplier', query: M.redemptionStatus, variables: () => ({ input: { redemptionId: fixture.redemptionToShip, status: 'shipped' } }), expect: REQUEST },
  { name: 'an unknown redemption status', as: 'supplier', query: M.redemptionStatus, variables: () => ({ input: { redemptionId: fixture.redemptionToShip, status: 'LOST' } }), expect: REQUEST },
  { name: 'an unknown material type', as: 'member', query: 'query ($f: MaterialFilter) { materials(filter: $f) { totalCount } }', variables: () => ({ f: { type: 'GIF' } }), expect: REQUEST },
  { name: 'an unknown member role', as: 'supplier', query: M.createMember, variables: () => ({ input: { partnerId: 'ptn_a', name: 'X', email: 'x@alpha-retail.example', role: 'ADMIN' } }), expect: REQUEST },
  { name: 'an unknown ledger type', as: 'member', query: '{ viewer { partner { ledger(types: [GIFT]) { nodes { id } } } } }', expect: REQUEST },
  { name: 'an empty ledger type filter', as: 'member', query: '{ viewer { partner { ledger(types: []) { nodes { id } } } } }', expect: BAD('types') },
  { name: 'an unknown locale', as: 'supplier', query: M.material, variables: () => ({ input: materialInput('Klingon', { language: 'tlh' }) }), expect: REQUEST },
];

const ruleCases: BadCase[] = [
  { name: 'an NPS score of 11', as: 'member', query: M.nps, variables: () => ({ input: { score: 11 } }), expect: BAD('score') },
  { name: 'an NPS score of -1', as: 'member', query: M.nps, variables: () => ({ input: { score: -1 } }), expect: BAD('score') },
  { name: 'a widget token lifetime of 5 s', as: 'supplier', query: M.token, variables: () => ({ input: { partnerId: 'ptn_a', memberId: 'mem_a1', ttlSeconds: 5 } }), expect: BAD('ttlSeconds') },
  { name: 'a widget token lifetime of a day', as: 'supplier', query: M.token, variables: () => ({ input: { partnerId: 'ptn_a', memberId: 'mem_a1', ttlSeconds: 86_400 } }), expect: BAD('ttlSeconds') },
  { name: 'a javascript: reward image', as: 'supplier', query: M.reward, variables: () => rewardVars({ imageUrl: 'javascript:alert(1)' }), expect: BAD('imageUrl') },
  { name: 'a SKU with spaces', as: 'supplier', query: M.reward, variables: () => rewardVars({ sku: 'MY SKU' }), expect: BAD('sku') },
  { name: 'a tier colour that is not #RRGGBB', as: 'supplier', query: M.tier, variables: () => tierVars({ color: 'red' }), expect: BAD('color') },
  { name: 'a lower-case tier code', as: 'supplier', query: M.tier, variables: () => tierVars({ code: 'diamond' }), expect: BAD('code') },
  { name: 'a promotion that offers nothing', as: 'supplier', query: M.promotion, variables: () => promotionVars({ pointsMultiplierPct: 100 }), expect: BAD() },
  { name: 'a referral without consent', as: 'member', query: M.referral, variables: () => referralVars({ consent: false }), expect: BAD('consent') },
  { name: 'a referral with an invalid contact e-mail', as: 'member', query: M.referral, variables: () => referralVars({ contactEmail: 'not-an-email' }), expect: BAD('contactEmail') },
  { name: 'a referral of something that is not a domain', as: 'member', query: M.referral, variables: () => referralVars({ domain: 'not a domain' }), expect: BAD('domain') },
  { name: 'a member with an invalid e-mail', as: 'supplier', query: M.createMember, variables: () => ({ input: { partnerId: 'ptn_a', name: 'X', email: 'nope' } }), expect: BAD('email') },
  { name: 'a partner whose domain exists', as: 'supplier', query: M.createPartner, variables: () => ({ input: { name: 'Alpha Again', domain: 'alpha-retail.example' } }), expect: BAD('domain') },
  { name: 'a webinar with a javascript: join URL', as: 'supplier', query: M.webinar, variables: () => ({ input: webinarInput('JS', daysFromNow(5), { joinUrl: 'javascript:alert(1)' }) }), expect: BAD('joinUrl') },
  { name: 'a material with a javascript: file URL', as: 'supplier', query: M.material, variables: () => ({ input: materialInput('JS', { fileUrl: 'javascript:alert(1)' }) }), expect: BAD('fileUrl') },
  { name: 'a course without lessons', as: 'supplier', query: M.course, variables: () => ({ input: courseInput('Empty', false, { lessons: [] }) }), expect: BAD('lessons') },
  {
    name: 'a quiz whose right answer is not an option',
    as: 'supplier',
    query: M.course,
    variables: () => ({ input: courseInput('Bad quiz', false, { quizPassPct: 50, quiz: [{ prompt: text('Q'), options: [text('A'), text('B')], correctOption: 5 }] }) }),
    expect: BAD(/correctOption/),
  },
];

/** Connections and cursors: every paginated field refuses a bad `first` and a forged `after`. */
interface Connection {
  name: string;
  as: Caller;
  query: string;
  /** A cursor of the right encoding but the wrong content for this connection. */
  wrongKind: string;
}
const connections: Connection[] = [
  { name: 'rewards', as: 'member', query: 'query ($first: Int, $after: String) { rewards(first: $first, after: $after) { totalCount } }', wrongKind: b64([-5]) },
  { name: 'materials', as: 'member', query: 'query ($first: Int, $after: String) { materials(first: $first, after: $after) { totalCount } }', wrongKind: b64(['not a date', 'x']) },
  { name: 'courses', as: 'member', query: 'query ($first: Int, $after: String) { courses(first: $first, after: $after) { nodes { id } } }', wrongKind: b64(['x', 'y']) },
  { name: 'webinars', as: 'member', query: 'query ($first: Int, $after: String) { webinars(first: $first, after: $after) { nodes { id } } }', wrongKind: b64(['not a date', 'x']) },
  { name: 'partners', as: 'supplier', query: 'query ($first: Int, $after: String) { partners(first: $first, after: $after) { nodes { id } } }', wrongKind: b64([1, 2]) },
  {
    name: 'viewer.redemptions',
    as: 'member',
    query: 'query ($first: Int, $after: String) { viewer { redemptions(first: $first, after: $after) { nodes { id } } } }',
    wrongKind: b64(['not a date', 'x']),
  },
  {
    name: 'viewer.referrals',
    as: 'member',
    query: 'query ($first: Int, $after: String) { viewer { referrals(first: $first, after: $after) { nodes { id } } } }',
    wrongKind: b64([1, 2]),
  },
  {
    name: 'viewer.partner.ledger',
    as: 'member',
    query: 'query ($first: Int, $after: String) { viewer { partner { ledger(first: $first, after: $after) { nodes { id } } } } }',
    wrongKind: b64(['not a date', 1]),
  },
];

const paginationCases: BadCase[] = connections.flatMap((c): BadCase[] => [
  ...[0, -1, 101, 1000].map((first) => ({ name: `${c.name}(first: ${first})`, as: c.as, query: c.query, variables: () => ({ first }), expect: BAD('first') })),
  ...[
    ['garbage', 'garbage!!'],
    ['base64 of an object', b64({ a: 1 })],
    ['base64 of a 3-item array', b64([1, 2, 3])],
    ['base64 of JSON null', b64('null')],
    ['of the wrong kind', c.wrongKind],
    ['10 kB long', big(10 * KB, 'A')],
  ].map(([what, after]) => ({ name: `${c.name}(after: ${what})`, as: c.as, query: c.query, variables: () => ({ first: 5, after }), expect: BAD('after') })),
]);

const groups: [string, BadCase[]][] = [
  ['malformed documents', documentCases],
  ['wrong variable types', variableCases],
  ['amounts', amountCases],
  ['dates', dateCases],
  ['oversized strings', oversizedCases],
  ['orders', orderCases],
  ['redemptions and idempotency keys', redemptionCases],
  ['unknown ids', unknownIdCases],
  ['enums', enumCases],
  ['rules of the program', ruleCases],
  ['pagination', paginationCases],
];

// ---- Running them -----------------------------------------------------------------------------

async function send(c: BadCase) {
  const credential = c.as === 'supplier' ? server.secretKey : await server.tokenFor('mem_a1');
  const body = { query: c.query, variables: c.variables?.() ?? {}, ...(c.operationName ? { operationName: c.operationName } : {}) };
  return server.post(body, { authorization: `Bearer ${credential}` });
}

function check(expect: Expectation, response: { status: number; body: GraphQLResponse }, note: (message: string) => void) {
  const { status, body } = response;
  const shown = `${status} ${describeResponse(body)}`;
  if ('request' in expect) {
    assert.equal(status, 400, `a request error answers 400 under application/graphql-response+json: ${shown}`);
    assert.ok(!('data' in body), `a request error carries no data entry: ${shown}`);
    assert.ok(body.errors?.length && body.errors.every((e) => typeof e.message === 'string' && e.message.length > 0), shown);
    // graphql-js leaves variable-coercion errors without a code; the spec asks only for the
    // status, so this is reported, not failed.
    if (!body.errors.every((e) => typeof e.extensions?.code === 'string')) note(`request error without extensions.code: ${body.errors[0].message}`);
    return;
  }
  if ('data' in expect) {
    assert.equal(body.errors, undefined, shown);
    assert.deepEqual(body.data, expect.data);
    return;
  }
  assert.equal(status, 200, shown);
  assert.equal(errorCode(body), expect.code, shown);
  const data = body.data as Record<string, unknown> | null | undefined;
  assert.ok(data == null || Object.values(data).every((v) => v === null), `no data with the error: ${shown}`);
  if (expect.field !== undefined) {
    const field = body.errors?.[0]?.extensions?.field;
    assert.equal(typeof field, 'string', `the error names the offending field: ${shown}`);
    if (typeof expect.field === 'string') assert.equal(field, expect.field, shown);
    else assert.match(field as string, expect.field, shown);
  } else if (expect.code === 'BAD_USER_INPUT') {
    assert.equal(typeof body.errors?.[0]?.extensions?.field, 'string', `bad input names the offending field: ${shown}`);
  }
  assert.doesNotMatch(JSON.stringify(body), /INTERNAL_SERVER_ERROR|Unexpected error/, shown);
}

describe('bad input', () => {
  before(async () => {
    server = await startTestServer();
    fixture = await seedFixture(server);
    usedRedemptionKey = (await redeem(server, 'mem_a1', fixture.rewardId)).idempotencyKey;
  });
  after(async () => {
    await server?.close();
  });

  for (const [title, cases] of groups) {
    describe(title, () => {
      for (const c of cases) {
        it(c.name, async (t) => {
          const before = await databaseDigest(server.server.deps.db);
          const response = await send(c);
          check(c.expect, response, (message) => t.diagnostic(message));
          // The server still answers, and answers right.
          assert.equal(ok(await server.admin('{ program { currency } }')).program.currency, 'USD');
          assert.deepEqual(changedTables(before, await databaseDigest(server.server.deps.db)), [], 'nothing was written');
        });
      }
    });
  }

  it('the write check itself sees a write (so "nothing was written" means something)', async () => {
    const before = await databaseDigest(server.server.deps.db);
    ok(await server.admin(M.adjust, adjust({ points: 5 })));
    assert.deepEqual(changedTables(before, await databaseDigest(server.server.deps.db)), ['ledger_entries', 'point_accounts']);
  });

  describe('per the GraphQL-over-HTTP media types', () => {
    const raw = async (accept: string, body: string) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${server.secretKey}` },
        body,
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse };
    };
    const requestErrors: [string, string][] = [
      ['a syntax error', JSON.stringify({ query: '{ program { ' })],
      ['a validation error', JSON.stringify({ query: '{ program { shoeSize } }' })],
      ['a variable coercion error', JSON.stringify({ query: 'query ($n: Int!) { partners(first: $n) { nodes { id } } }', variables: { n: 'ten' } })],
    ];
    for (const [what, body] of requestErrors) {
      it(`${what} under application/json: 200 or 4xx, with errors and no data`, async () => {
        const response = await raw('application/json', body);
        assert.ok(response.status === 200 || (response.status >= 400 && response.status < 500), `status ${response.status}`);
        assert.ok(response.body.errors?.length);
        assert.equal(response.body.data, undefined);
      });
    }
    it('a body that is not JSON → 400 with errors', async () => {
      const response = await raw('application/graphql-response+json', '{"query": ');
      assert.equal(response.status, 400);
      assert.ok(response.body.errors?.length);
    });
    it('a JSON body that is not a request (a number) → 400 with errors', async () => {
      const response = await raw('application/graphql-response+json', '42');
      assert.equal(response.status, 400);
      assert.ok(response.body.errors?.length);
    });
  });
});
