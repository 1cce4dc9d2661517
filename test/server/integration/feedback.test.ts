import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, ok, errorCode, type TestServer } from '../support/harness.js';

const SURVEY = `{ npsSurvey { period question canAnswer answeredAt nextPeriodStartsAt pointsReward } }`;
const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitNpsInput!) { submitNps(input: $input) { period score pointsAwarded } }
`;
const AVAILABLE = `{ viewer { partner { points { available } } } }`;

let server: TestServer;

const submit = (memberId: string, input: Record<string, unknown>) => server.member(memberId, SUBMIT, { input });
const available = async (memberId: string) => ok(await server.member(memberId, AVAILABLE)).viewer.partner.points.available as number;

async function answers(memberId?: string) {
  let query = server.server.deps.db.selectFrom('nps_answers').selectAll();
  if (memberId) query = query.where('member_id', '=', memberId);
  return query.orderBy('id').execute();
}

async function surveyEntries(memberId: string) {
  return server.server.deps.db
    .selectFrom('ledger_entries')
    .selectAll()
    .where('source_kind', '=', 'SURVEY')
    .where('member_id', '=', memberId)
    .orderBy('id')
    .execute();
}

before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server?.close();
});

describe('npsSurvey', () => {
  it("offers this quarter's survey, localized, with its reward", async () => {
    assert.deepEqual(ok(await server.member('mem_a1', SURVEY)).npsSurvey, {
      period: '2026-Q4',
      question: 'How likely are you to recommend us to a colleague?',
      canAnswer: true,
      answeredAt: null,
      nextPeriodStartsAt: '2027-01-01T00:00:00.000Z',
      pointsReward: 50,
    });
    const nb = ok(await server.member('mem_a1', SURVEY, {}, 'nb-NO,nb;q=0.9')).npsSurvey;
    assert.equal(nb.question, 'How likely are you to recommend us to a colleague? (nb)');
  });

  it('is for members', async () => {
    assert.equal(errorCode(await server.admin(SURVEY)), 'FORBIDDEN');
    assert.equal(errorCode(await server.admin(SUBMIT, { input: { score: 9 } })), 'FORBIDDEN');
    assert.equal(errorCode((await server.post({ query: SURVEY })).body), 'UNAUTHENTICATED');
  });
});

describe('submitNps', () => {
  it('refuses invalid answers and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ score: 11 }, 'score'],
      [{ score: -1 }, 'score'],
      [{ score: 7, comment: 'x'.repeat(2001) }, 'comment'],
    ];
    for (const [input, field] of cases) {
      const response = await submit('mem_a1', input);
      assert.equal(errorCode(response), 'BAD_USER_INPUT', JSON.stringify(input).slice(0, 40));
      assert.equal(response.errors![0]!.extensions!.field, field);
    }
    // A fractional score never reaches the resolver: GraphQL's Int refuses it.
    assert.ok((await submit('mem_a1', { score: 7.5 })).errors?.length);
    assert.equal((await answers()).length, 0);
    assert.equal((await surveyEntries('mem_a1')).length, 0);
  });

  it('records one answer per member per quarter and awards the points once', async () => {
    const before = await available('mem_a1');
    const result = ok(await submit('mem_a1', { score: 9, comment: `  ${'y'.repeat(1998)}  ` })).submitNps;
    assert.deepEqual(result, { period: '2026-Q4', score: 9, pointsAwarded: 50 });
    assert.equal(await available('mem_a1'), before + 50);

    const survey = ok(await server.member('mem_a1', SURVEY)).npsSurvey;
    assert.equal(survey.canAnswer, false);
    assert.equal(survey.answeredAt, '2026-11-23T12:00:00.000Z');
    // The answered survey says when the next one opens: the same moment ALREADY_ANSWERED names.
    assert.equal(survey.nextPeriodStartsAt, '2027-01-01T00:00:00.000Z');

    const again = await submit('mem_a1', { score: 3 });
    assert.equal(errorCode(again), 'ALREADY_ANSWERED');
    assert.equal(again.errors![0]!.extensions!.period, '2026-Q4');
    assert.equal(again.errors![0]!.extensions!.nextPeriodStartsAt, '2027-01-01T00:00:00.000Z');
    assert.equal(await available('mem_a1'), before + 50);

    const stored = await answers('mem_a1');
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.score, 9);
    assert.equal(stored[0]!.comment, 'y'.repeat(1998));
    const entries = await surveyEntries('mem_a1');
    assert.equal(entries.length, 1);
    assert.equal(entries[0]!.partner_id, 'ptn_a');
    assert.equal(entries[0]!.type, 'BONUS');
    assert.equal(entries[0]!.points, 50);
    assert.equal(entries[0]!.reason_code, 'nps_answered');
    assert.deepEqual(entries[0]!.reason_params, { period: '2026-Q4' });
    assert.equal(entries[0]!.idempotency_key, 'nps:mem_a1:2026-Q4');
  });

  it("lets a colleague answer for themselves; a blank comment is stored as none", async () => {
    const before = await available('mem_a2');
    assert.equal(ok(await server.member('mem_a2', SURVEY)).npsSurvey.canAnswer, true);
    assert.deepEqual(ok(await submit('mem_a2', { score: 4, comment: '   ' })).submitNps, { period: '2026-Q4', score: 4, pointsAwarded: 50 });
    assert.equal(await available('mem_a2'), before + 50);
    assert.equal((await answers('mem_a2'))[0]!.comment, null);
  });

  it('accepts exactly one of several concurrent answers', async () => {
    const responses = await Promise.all([0, 1, 2, 3, 4].map((i) => submit('mem_b1', { score: 10 - i })));
    const codes = responses.map((r) => (r.errors ? errorCode(r) : 'OK')).sort();
    assert.deepEqual(codes, ['ALREADY_ANSWERED', 'ALREADY_ANSWERED', 'ALREADY_ANSWERED', 'ALREADY_ANSWERED', 'OK']);
    assert.equal((await answers('mem_b1')).length, 1);
    assert.equal((await surveyEntries('mem_b1')).length, 1);
  });

  it('opens again in the next quarter, exactly at its start', async () => {
    server.clock.set('2026-12-31T23:59:59.999Z');
    const last = ok(await server.member('mem_a1', SURVEY)).npsSurvey;
    assert.deepEqual([last.canAnswer, last.nextPeriodStartsAt], [false, '2027-01-01T00:00:00.000Z']);
    assert.equal(errorCode(await submit('mem_a1', { score: 8 })), 'ALREADY_ANSWERED');

    server.clock.set('2027-01-01T00:00:00.000Z');
    const survey = ok(await server.member('mem_a1', SURVEY)).npsSurvey;
    assert.deepEqual([survey.period, survey.canAnswer, survey.answeredAt, survey.nextPeriodStartsAt], ['2027-Q1', true, null, '2027-04-01T00:00:00.000Z']);
    const before = await available('mem_a1');
    assert.deepEqual(ok(await submit('mem_a1', { score: 8 })).submitNps, { period: '2027-Q1', score: 8, pointsAwarded: 50 });
    assert.equal(await available('mem_a1'), before + 50);
    assert.deepEqual(
      (await surveyEntries('mem_a1')).map((e) => e.idempotency_key),
      ['nps:mem_a1:2026-Q4', 'nps:mem_a1:2027-Q1'],
    );
  });
});
