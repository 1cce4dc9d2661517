import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, ok, type TestServer } from '../support/harness.js';
import { DEMO_PERSONAS } from '../../../server/src/seed/demo.js';

// No N+1: the number of SQL statements behind a screen must not grow with what is on it.
// Loaders batch per entity type, so a page of 50 rewards costs what a page of 5 costs.

export const DASHBOARD = `{ viewer { member { id name } partner { id name tier { code name color benefits { label } }
  tierProgress { current { code } next { code name } spend { amountMinor currency } remaining { amountMinor } progressPct }
  points { available pending expiringSoon expiringSoonDate }
  ledger(first: 20) { nodes { id type points reason source { kind reference } member { name } createdAt } pageInfo { hasNextPage endCursor } } } } }`;

const CATALOG = `query($first: Int) { rewards(first: $first, sort: POPULARITY) { totalCount nodes { id name description costPoints stockState
  category { code name } requiredTier { code name } eligibility { redeemable reason shortByPoints } } } }`;

describe('SQL statements per request', () => {
  let server: TestServer;
  const statements = async (memberId: string, query: string, variables?: Record<string, unknown>) => {
    const token = await server.tokenFor(memberId);
    const before = server.server.database.queryCount;
    const response = await server.post({ query, variables }, { authorization: `Bearer ${token}` });
    ok(response.body);
    return server.server.database.queryCount - before;
  };

  before(async () => {
    server = await startTestServer({ seed: 'demo' });
  });
  after(() => server?.close());

  it('the dashboard costs a small constant, whatever the partner', async () => {
    const counts = [];
    for (const persona of DEMO_PERSONAS) {
      await statements(persona.memberId, DASHBOARD); // the first read may settle due points
      counts.push(await statements(persona.memberId, DASHBOARD));
    }
    // The member with their company, the account, spend and one ledger page that names its
    // members, rewards and courses itself; the lots behind "expiring soon" are read again only
    // after a ledger write.
    assert.ok(Math.max(...counts) <= 4, `dashboard statements: ${counts.join(', ')}`);
    const platinum = DEMO_PERSONAS.find((p) => p.key === 'platinum')!.memberId;
    // What entries name comes with the page: 100 entries cost what 2 entries cost.
    const short = await statements(platinum, DASHBOARD.replace('ledger(first: 20)', 'ledger(first: 2)'));
    const long = await statements(platinum, DASHBOARD.replace('ledger(first: 20)', 'ledger(first: 100)'));
    assert.ok(long === short && long <= 4, `2 ledger entries: ${short} statements, 100 entries: ${long}`);
  });

  it('a 50-reward catalog page costs what a 5-reward page costs', async () => {
    const gold = DEMO_PERSONAS.find((p) => p.key === 'gold')!.memberId;
    await statements(gold, CATALOG, { first: 5 });
    const small = await statements(gold, CATALOG, { first: 5 });
    const large = await statements(gold, CATALOG, { first: 50 });
    assert.ok(large <= 12, `catalog statements: ${large}`);
    assert.equal(large, small, `5 rewards: ${small}, 50 rewards: ${large}`);
  });
});
