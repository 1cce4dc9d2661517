import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { startTestServer, ok, errorCode, type GraphQLResponse, type TestServer } from '../support/harness.js';
import {
  OPERATIONS,
  carriesNoData,
  changedTables,
  databaseDigest,
  describeResponse,
  redeem,
  schemaRootFields,
  seedFixture,
  unique,
  type Fixture,
  type OperationCase,
} from '../support/operations.js';

/**
 * Who may call what, for every root field of the schema: no credential, an expired or forged
 * widget token and a wrong secret key are UNAUTHENTICATED; the wrong kind of caller is
 * FORBIDDEN; another partner's objects are NOT_FOUND. A refused call returns no data and
 * writes nothing.
 */

let server: TestServer;
let fixture: Fixture;
let start: Date;

const protectedOps = OPERATIONS.filter((op) => op.access !== 'placeholder' && op.access !== 'public');
/** Answered to anyone: kept to a list here, so a field that turns public is a decision seen in review. */
const PUBLIC_FIELDS = ['query verifyCertificate'];
const label = (op: OperationCase) => `${op.operation} ${op.field}`;

function call(op: OperationCase, headers: Record<string, string>) {
  return server.post({ query: op.document, variables: op.variables?.(fixture) ?? {} }, headers);
}

const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` });

function assertRefused(response: { status: number; body: GraphQLResponse }, code: string, reason?: string) {
  const { body } = response;
  assert.equal(errorCode(body), code, describeResponse(body));
  if (reason !== undefined) assert.equal(body.errors?.[0]?.extensions?.reason, reason, describeResponse(body));
  assert.ok(carriesNoData(body), `no data expected: ${describeResponse(body)}`);
  // A refusal is the caller's doing, never a server failure.
  assert.ok(response.status < 500, `status ${response.status}`);
}

/** Runs a battery of refused calls and checks, at its end, that none of them wrote anything. */
function refusalBattery(
  title: string,
  ops: OperationCase[],
  credential: () => Record<string, string>,
  expected: { code: string; reason?: string },
  hooks: { before?: () => Promise<void>; after?: () => Promise<void> } = {},
) {
  describe(title, () => {
    let digest: Record<string, string>;
    before(async () => {
      await hooks.before?.();
      digest = await databaseDigest(server.server.deps.db);
    });
    after(async () => {
      await hooks.after?.();
    });
    for (const op of ops) {
      it(`${label(op)} → ${expected.code}${expected.reason ? ` (${expected.reason})` : ''}`, async () => {
        assertRefused(await call(op, credential()), expected.code, expected.reason);
      });
    }
    it('wrote nothing', async () => {
      assert.deepEqual(changedTables(digest, await databaseDigest(server.server.deps.db)), []);
    });
  });
}

const b64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const decodePart = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/** Claims exactly like a real widget token's, for partner A's owner. */
function realisticClaims() {
  const iat = Math.floor(server.clock.now().getTime() / 1000);
  return { pid: 'ptn_a', sub: 'mem_a1', aud: 'partner-portal-widget', iss: 'partner-portal', iat, exp: iat + 900 };
}

async function signWith(key: Uint8Array, claims = realisticClaims()) {
  return new SignJWT({ pid: claims.pid })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setAudience(claims.aud)
    .setIssuer(claims.iss)
    .setIssuedAt(claims.iat)
    .setExpirationTime(claims.exp)
    .sign(key);
}

const forgedTokens: Record<string, () => Promise<string>> = {
  'signed with another key': () => signWith(randomBytes(32)),
  'signed with the supplier secret key itself': () => signWith(new TextEncoder().encode(server.secretKey)),
  'alg none': async () => `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(realisticClaims())}.`,
  'payload tampered to another partner (pid)': async () => {
    const [header, payload, signature] = (await server.tokenFor('mem_a1')).split('.');
    return [header, b64url({ ...decodePart(payload), pid: 'ptn_b' }), signature].join('.');
  },
  'payload tampered to another member (sub)': async () => {
    const [header, payload, signature] = (await server.tokenFor('mem_a1')).split('.');
    return [header, b64url({ ...decodePart(payload), sub: 'mem_b1', pid: 'ptn_b' }), signature].join('.');
  },
  'expiry pushed back in a tampered payload': async () => {
    const [header, payload, signature] = (await server.tokenFor('mem_a1', 60)).split('.');
    return [header, b64url({ ...decodePart(payload), exp: decodePart(payload).exp + 86_400 * 365 }), signature].join('.');
  },
  'not a JWT at all': async () => 'definitely-not-a-token',
};

describe('authorization', () => {
  before(async () => {
    server = await startTestServer();
    start = server.clock.now();
    fixture = await seedFixture(server);
  });
  after(async () => {
    await server?.close();
  });

  describe('the operation table', () => {
    it('covers every root field of the built schema, and nothing else', () => {
      const inSchema = schemaRootFields().map((f) => `${f.operation} ${f.field}`).sort();
      const inTable = OPERATIONS.map(label).sort();
      assert.deepEqual(
        inSchema.filter((f) => !inTable.includes(f)),
        [],
        'root fields without an authorization case: add them to OPERATIONS in test/server/support/operations.ts',
      );
      assert.deepEqual(inTable.filter((f) => !inSchema.includes(f)), [], 'table entries for fields the schema does not have');
      assert.equal(new Set(inTable).size, inTable.length, 'one entry per field');
    });

    it('exempts only deprecated placeholders from authentication', () => {
      const deprecated = new Set(schemaRootFields().filter((f) => f.deprecated).map((f) => `${f.operation} ${f.field}`));
      for (const op of OPERATIONS.filter((o) => o.access === 'placeholder')) {
        assert.ok(deprecated.has(label(op)), `${label(op)} is exempt but not a deprecated placeholder`);
      }
    });

    it('makes public only the fields meant to be', () => {
      assert.deepEqual(OPERATIONS.filter((o) => o.access === 'public').map(label), PUBLIC_FIELDS);
    });

    it('public fields answer anyone: no credential, a non-bearer header, an expired or forged token, a member, the supplier', async () => {
      const expired = await server.tokenFor('mem_a1', 60);
      server.clock.advanceDays(1);
      try {
        for (const op of OPERATIONS.filter((o) => o.access === 'public')) {
          for (const headers of [{}, { authorization: 'Basic YWRtaW46YWRtaW4=' }, bearer(expired), bearer('definitely-not-a-token'), bearer(await server.tokenFor('mem_a1')), bearer(server.secretKey)]) {
            const { body } = await call(op, headers);
            assert.equal(body.errors, undefined, `${label(op)} with ${JSON.stringify(headers).slice(0, 40)}: ${describeResponse(body)}`);
            assert.ok(body.data && op.field in (body.data as object), describeResponse(body));
          }
        }
      } finally {
        server.clock.set(start);
      }
    });

    it('the placeholder answers null to anyone and does nothing', async () => {
      for (const op of OPERATIONS.filter((o) => o.access === 'placeholder')) {
        const { body } = await call(op, {});
        assert.equal(body.errors, undefined, describeResponse(body));
        assert.deepEqual(body.data, { [op.field]: null });
      }
    });
  });

  refusalBattery('without a credential', protectedOps, () => ({}), { code: 'UNAUTHENTICATED' });

  refusalBattery('with an Authorization header that is not a bearer credential', protectedOps, () => ({ authorization: 'Basic YWRtaW46YWRtaW4=' }), {
    code: 'UNAUTHENTICATED',
  });

  {
    let expired = '';
    refusalBattery('with an expired widget token', protectedOps, () => bearer(expired), { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' }, {
      before: async () => {
        expired = await server.tokenFor('mem_a1', 60);
        server.clock.advanceDays(1);
      },
      after: async () => {
        server.clock.set(start);
      },
    });
  }

  for (const [kind, make] of Object.entries(forgedTokens)) {
    let token = '';
    refusalBattery(`with a forged widget token: ${kind}`, protectedOps, () => bearer(token), { code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' }, {
      before: async () => {
        token = await make();
      },
    });
  }

  refusalBattery('with a wrong secret key', protectedOps, () => bearer(`sk_${randomBytes(24).toString('base64url')}`), {
    code: 'UNAUTHENTICATED',
    reason: 'SECRET_KEY_INVALID',
  });

  {
    let token = '';
    refusalBattery(
      "supplier operations with a member's widget token",
      protectedOps.filter((op) => op.access === 'supplier'),
      () => bearer(token),
      { code: 'FORBIDDEN' },
      {
        before: async () => {
          token = await server.tokenFor('mem_a1');
        },
      },
    );
  }

  refusalBattery(
    'member operations with the supplier key (the supplier is no member of a partner)',
    protectedOps.filter((op) => op.access === 'member'),
    () => bearer(server.secretKey),
    { code: 'FORBIDDEN' },
  );

  describe("another partner's objects", () => {
    const viewerQuery = `{ viewer {
      partner { id points { available pending } ledger(first: 100) { nodes { source { kind reference } member { id } } } }
      redemptions(first: 100) { nodes { id status } }
      referrals(first: 100) { nodes { id } }
    } }`;
    const stockQuery = 'query ($id: ID!) { reward(id: $id) { stock } }';

    it("cancelRedemption of partner B's redemption as partner A → NOT_FOUND, and B's redemption and both balances are untouched", async () => {
      const beforeA = ok(await server.member('mem_a1', viewerQuery)).viewer;
      const beforeB = ok(await server.member('mem_b1', viewerQuery)).viewer;
      const stockBefore = ok(await server.member('mem_b1', stockQuery, { id: fixture.rewardId })).reward.stock;
      const digest = await databaseDigest(server.server.deps.db);

      for (const memberId of ['mem_a1', 'mem_a2']) {
        const response = await server.post(
          {
            query: 'mutation ($input: CancelRedemptionInput!) { cancelRedemption(input: $input) { redemption { id status } points { available } } }',
            variables: { input: { redemptionId: fixture.partnerBRedemption } },
          },
          bearer(await server.tokenFor(memberId)),
        );
        assertRefused(response, 'NOT_FOUND');
        assert.doesNotMatch(JSON.stringify(response.body), /mem_b1|Bea Beta|Beta Supplies/, 'the refusal reveals nothing about B');
      }

      assert.deepEqual(changedTables(digest, await databaseDigest(server.server.deps.db)), []);
      const afterB = ok(await server.member('mem_b1', viewerQuery)).viewer;
      const afterA = ok(await server.member('mem_a1', viewerQuery)).viewer;
      assert.equal(afterB.redemptions.nodes.find((r: { id: string }) => r.id === fixture.partnerBRedemption)?.status, 'ORDERED');
      assert.deepEqual(afterB.partner.points, beforeB.partner.points);
      assert.deepEqual(afterA.partner.points, beforeA.partner.points);
      assert.equal(ok(await server.member('mem_b1', stockQuery, { id: fixture.rewardId })).reward.stock, stockBefore);
    });

    it("partner A's lists never show partner B's redemptions, referrals or ledger entries", async () => {
      const a = ok(await server.member('mem_a1', viewerQuery)).viewer;
      const b = ok(await server.member('mem_b1', viewerQuery)).viewer;
      assert.equal(a.partner.id, 'ptn_a');
      assert.ok(b.redemptions.nodes.some((r: { id: string }) => r.id === fixture.partnerBRedemption), 'B sees its own redemption');
      assert.ok(!a.redemptions.nodes.some((r: { id: string }) => r.id === fixture.partnerBRedemption), "A must not see B's redemption");
      assert.ok(b.referrals.nodes.some((r: { id: string }) => r.id === fixture.partnerBReferral), 'B sees its own referral');
      assert.ok(!a.referrals.nodes.some((r: { id: string }) => r.id === fixture.partnerBReferral), "A must not see B's referral");
      assert.ok(a.referrals.nodes.some((r: { id: string }) => r.id === fixture.referralId), 'A sees its own referral');
      const membersInA = new Set(a.partner.ledger.nodes.map((n: { member: { id: string } | null }) => n.member?.id).filter(Boolean));
      assert.ok(membersInA.size > 0, "A's ledger has member entries");
      for (const id of membersInA) assert.match(String(id), /^mem_a/, "A's ledger names only A's members");
      assert.ok(!a.partner.ledger.nodes.some((n: { source: { reference: string | null } }) => n.source.reference === fixture.partnerBRedemption));
    });

    it("redeeming with partner B's idempotency key as partner A never replays B's redemption", async () => {
      const beforeB = ok(await server.member('mem_b1', viewerQuery)).viewer;
      const result = await server.member('mem_a1', 'mutation ($input: RedeemRewardInput!) { redeemReward(input: $input) { replayed redemption { id member { id } } } }', {
        input: { rewardId: fixture.rewardId, quantity: 1, idempotencyKey: fixture.partnerBRedemptionKey },
      });
      const data = ok(result).redeemReward;
      assert.equal(data.replayed, false);
      assert.notEqual(data.redemption.id, fixture.partnerBRedemption);
      assert.equal(data.redemption.member.id, 'mem_a1');
      const afterB = ok(await server.member('mem_b1', viewerQuery)).viewer;
      assert.deepEqual(afterB.partner.points, beforeB.partner.points);
      assert.deepEqual(afterB.redemptions.nodes, beforeB.redemptions.nodes);
    });

    it('issueWidgetToken for a member of another partner → NOT_FOUND and no token', async () => {
      const digest = await databaseDigest(server.server.deps.db);
      const response = await server.post(
        {
          query: 'mutation ($input: IssueWidgetTokenInput!) { issueWidgetToken(input: $input) { token } }',
          variables: { input: { partnerId: 'ptn_a', memberId: 'mem_b1' } },
        },
        bearer(server.secretKey),
      );
      assertRefused(response, 'NOT_FOUND');
      assert.deepEqual(changedTables(digest, await databaseDigest(server.server.deps.db)), []);
    });

    it('a token for a member whose partner no longer matches is signed out of viewer', async () => {
      // Only the server can sign; this is what a token minted before a member moved looks like.
      const { token } = await server.server.deps.tokens.issue({ partnerId: 'ptn_b', memberId: 'mem_a1' }, server.clock.now(), 300);
      const response = await server.post({ query: '{ viewer { partner { id name } } }' }, bearer(token));
      assertRefused(response, 'UNAUTHENTICATED');
    });
  });

  describe('rightful callers (the refusals above are not the only answer)', () => {
    // Run in table order: each call's example refers to the fixture, and they all succeed.
    for (const op of protectedOps) {
      const callers = op.access === 'member' ? ['member'] : op.access === 'supplier' ? ['supplier'] : ['member', 'supplier'];
      for (const caller of callers) {
        it(`${label(op)} as the ${caller} succeeds`, async () => {
          const headers = caller === 'supplier' ? bearer(server.secretKey) : bearer(await server.tokenFor('mem_a1'));
          const { body } = await call(op, headers);
          assert.equal(body.errors, undefined, describeResponse(body));
          assert.ok(body.data && op.field in (body.data as object), describeResponse(body));
        });
      }
    }

    it('a fresh token from issueWidgetToken works', async () => {
      const issued = ok(
        await server.admin('mutation ($input: IssueWidgetTokenInput!) { issueWidgetToken(input: $input) { token expiresAt } }', {
          input: { partnerId: 'ptn_b', memberId: 'mem_b2', ttlSeconds: 120 },
        }),
      ).issueWidgetToken;
      assert.equal(new Date(issued.expiresAt).getTime(), server.clock.now().getTime() + 120_000);
      const viewer = ok((await server.post({ query: '{ viewer { member { id } partner { id } } }' }, bearer(issued.token))).body).viewer;
      assert.deepEqual(viewer, { member: { id: 'mem_b2' }, partner: { id: 'ptn_b' } });
    });

    it("a redemption made and cancelled by the owner partner is theirs to cancel", async () => {
      const own = await redeem(server, 'mem_b2', fixture.rewardId, unique('own'));
      const response = await server.member('mem_b1', 'mutation ($input: CancelRedemptionInput!) { cancelRedemption(input: $input) { redemption { id status } } }', {
        input: { redemptionId: own.id },
      });
      assert.deepEqual(ok(response).cancelRedemption.redemption, { id: own.id, status: 'CANCELLED' });
    });
  });
});
