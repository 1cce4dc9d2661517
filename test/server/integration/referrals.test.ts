import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, ok, errorCode, type TestServer } from '../support/harness.js';

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitReferralInput!) {
    submitReferral(input: $input) {
      id companyName domain contactName contactEmail note status rejectionReason flagged rewardPoints createdAt
      history { status at }
    }
  }
`;

const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateReferralStatusInput!) {
    updateReferralStatus(input: $input) { id status rejectionReason rewardPoints history { status at } }
  }
`;

const LIST = /* GraphQL */ `
  query List($first: Int, $after: String) {
    viewer {
      referrals(first: $first, after: $after) {
        nodes { id companyName domain status }
        edges { cursor node { id } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

let server: TestServer;
let counter = 0;

function form(overrides: Record<string, unknown> = {}) {
  counter++;
  return {
    companyName: `Gamma Tools ${counter}`,
    domain: `gamma-${counter}.example`,
    contactName: 'Greta Gamma',
    contactEmail: `greta@gamma-${counter}.example`,
    phone: '+66 2 123 4567',
    note: 'Met at the trade fair',
    consent: true,
    ...overrides,
  };
}

const submit = (memberId: string, input: Record<string, unknown>) => server.member(memberId, SUBMIT, { input });

async function referralCount(): Promise<number> {
  const row = await server.server.deps.db
    .selectFrom('referrals')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function balanceOf(partnerId: string): Promise<number> {
  const row = await server.server.deps.db.selectFrom('point_accounts').select('balance').where('partner_id', '=', partnerId).executeTakeFirstOrThrow();
  return Number(row.balance);
}

before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server?.close();
});

describe('submitReferral', () => {
  it('records a referral with a normalized domain and a SUBMITTED history', async () => {
    const data = ok(
      await submit('mem_a1', form({ companyName: '  Delta Devices ', domain: 'https://www.Delta-Devices.example/about', contactEmail: 'Dan@Delta-Devices.EXAMPLE' })),
    );
    const r = data.submitReferral;
    assert.equal(r.companyName, 'Delta Devices');
    assert.equal(r.domain, 'delta-devices.example');
    assert.equal(r.contactEmail, 'Dan@delta-devices.example');
    assert.equal(r.status, 'SUBMITTED');
    assert.equal(r.flagged, false);
    assert.equal(r.rewardPoints, null);
    assert.equal(r.createdAt, '2026-11-23T12:00:00.000Z');
    assert.deepEqual(r.history, [{ status: 'SUBMITTED', at: '2026-11-23T12:00:00.000Z' }]);
  });

  it('reports every field error at once, with the first field, and writes nothing', async () => {
    const before = await referralCount();
    const response = await submit('mem_a1', {
      companyName: '   ',
      domain: 'not a domain',
      contactName: 'x'.repeat(121),
      contactEmail: 'nobody-at-example',
      phone: '12',
      note: null,
      consent: false,
    });
    assert.equal(errorCode(response), 'BAD_USER_INPUT');
    const ext = response.errors![0]!.extensions!;
    assert.equal(ext.field, 'companyName');
    assert.deepEqual(
      (ext.fieldErrors as { field: string; code: string; message: string }[]).map((e) => [e.field, e.code]),
      [
        ['companyName', 'REQUIRED'],
        ['domain', 'INVALID_DOMAIN'],
        ['contactName', 'TOO_LONG'],
        ['contactEmail', 'INVALID_EMAIL'],
        ['phone', 'INVALID_PHONE'],
        ['consent', 'CONSENT_REQUIRED'],
      ],
    );
    assert.ok((ext.fieldErrors as { message: string }[]).every((e) => e.message.length > 0));
    assert.equal(await referralCount(), before);
  });

  it('requires consent', async () => {
    const response = await submit('mem_a1', form({ consent: false }));
    assert.equal(errorCode(response), 'BAD_USER_INPUT');
    assert.equal(response.errors![0]!.extensions!.field, 'consent');
  });

  it('refuses a self-referral: own domain, a subdomain of it, or a contact at the own domain', async () => {
    const before = await referralCount();
    assert.equal(errorCode(await submit('mem_a1', form({ domain: 'alpha-retail.example' }))), 'SELF_REFERRAL');
    assert.equal(errorCode(await submit('mem_a2', form({ domain: 'https://shop.alpha-retail.example' }))), 'SELF_REFERRAL');
    assert.equal(errorCode(await submit('mem_a1', form({ contactEmail: 'friend@alpha-retail.example' }))), 'SELF_REFERRAL');
    assert.equal(await referralCount(), before);
  });

  it('refuses a company that already is a partner', async () => {
    const response = await submit('mem_a1', form({ domain: 'beta-supplies.example', contactEmail: 'bea@beta-supplies.example' }));
    assert.equal(errorCode(response), 'EXISTING_PARTNER');
    assert.equal(response.errors![0]!.extensions!.field, 'domain');
    assert.equal(errorCode(await submit('mem_a1', form({ domain: 'www.eu.beta-supplies.example' }))), 'EXISTING_PARTNER');
  });

  it('refuses a company someone else referred that is still open, until it is rejected', async () => {
    ok(await submit('mem_a1', form({ domain: 'epsilon.example', contactEmail: 'eve@epsilon.example' })));
    const before = await referralCount();
    assert.equal(errorCode(await submit('mem_b1', form({ domain: 'epsilon.example', contactEmail: 'eli@epsilon.example' }))), 'DUPLICATE_REFERRAL');
    assert.equal(errorCode(await submit('mem_b1', form({ domain: 'shop.epsilon.example' }))), 'DUPLICATE_REFERRAL');
    assert.equal(await referralCount(), before);

    const id = (await server.server.deps.db.selectFrom('referrals').select('id').where('domain', '=', 'epsilon.example').executeTakeFirstOrThrow()).id;
    ok(await server.admin(UPDATE, { input: { referralId: id, status: 'REJECTED', rejectionReason: 'NOT_QUALIFIED' } }));
    const again = ok(await submit('mem_b1', form({ domain: 'epsilon.example', contactEmail: 'eli@epsilon.example' })));
    assert.equal(again.submitReferral.status, 'SUBMITTED');
  });

  it('accepts a free-mail contact but flags it; refuses a free-mail "company" domain', async () => {
    const flagged = ok(await submit('mem_a1', form({ contactEmail: 'zeta.owner@gmail.com' }))).submitReferral;
    assert.equal(flagged.status, 'SUBMITTED');
    assert.equal(flagged.flagged, true);
    const row = await server.server.deps.db.selectFrom('referrals').select('flag_reason').where('id', '=', flagged.id).executeTakeFirstOrThrow();
    assert.equal(row.flag_reason, 'FREE_MAIL_DOMAIN');

    const webmail = await submit('mem_a1', form({ domain: 'gmail.com', contactEmail: 'x@gmail.com' }));
    assert.equal(errorCode(webmail), 'BAD_USER_INPUT');
    assert.equal(webmail.errors![0]!.extensions!.field, 'domain');
  });

  it('says why a referral is flagged, and reports a webmail company domain as a field error of its own', async () => {
    const flagged = ok(
      await server.member('mem_a1', `mutation($input: SubmitReferralInput!) { submitReferral(input: $input) { flagged flagReason } }`, {
        input: form({ contactEmail: 'kim@outlook.com' }),
      }),
    ).submitReferral;
    assert.deepEqual(flagged, { flagged: true, flagReason: 'FREE_MAIL_CONTACT' });
    const clean = ok(await server.member('mem_a1', `mutation($input: SubmitReferralInput!) { submitReferral(input: $input) { flagged flagReason } }`, { input: form() }))
      .submitReferral;
    assert.deepEqual(clean, { flagged: false, flagReason: null });

    const before = await referralCount();
    const webmail = await submit('mem_a1', form({ domain: 'https://www.yahoo.co.th/', contactEmail: 'x@yahoo.co.th' }));
    assert.equal(errorCode(webmail), 'BAD_USER_INPUT');
    const ext = webmail.errors![0]!.extensions!;
    assert.equal(ext.reason, 'FREE_MAIL_DOMAIN');
    assert.deepEqual(
      (ext.fieldErrors as { field: string; code: string }[]).map((e) => [e.field, e.code]),
      [['domain', 'FREE_MAIL_DOMAIN']],
    );
    assert.equal(await referralCount(), before);
    // The fraud rules stay codes of their own, without field errors.
    const self = await submit('mem_a1', form({ domain: 'alpha-retail.example' }));
    assert.equal(errorCode(self), 'SELF_REFERRAL');
    assert.equal(self.errors![0]!.extensions!.fieldErrors, undefined);
  });

  it('is for members only', async () => {
    assert.equal(errorCode(await server.admin(SUBMIT, { input: form() })), 'FORBIDDEN');
    const anonymous = await server.post({ query: SUBMIT, variables: { input: form() } });
    assert.equal(errorCode(anonymous.body), 'UNAUTHENTICATED');
  });
});

describe('Viewer.referrals', () => {
  it("shows a member all of their company's referrals and nothing of other partners", async () => {
    const a1 = ok(await server.member('mem_a1', LIST, { first: 100 })).viewer.referrals.nodes;
    const a2 = ok(await server.member('mem_a2', LIST, { first: 100 })).viewer.referrals.nodes;
    const b1 = ok(await server.member('mem_b1', LIST, { first: 100 })).viewer.referrals.nodes;
    const rows = await server.server.deps.db.selectFrom('referrals').select(['id', 'partner_id']).execute();
    const ofA = rows.filter((r) => r.partner_id === 'ptn_a').map((r) => r.id).sort();
    const ofB = rows.filter((r) => r.partner_id === 'ptn_b').map((r) => r.id).sort();
    assert.ok(ofA.length >= 3 && ofB.length >= 1);
    assert.deepEqual(a1.map((r: { id: string }) => r.id).sort(), ofA);
    assert.deepEqual(a2.map((r: { id: string }) => r.id).sort(), ofA);
    assert.deepEqual(b1.map((r: { id: string }) => r.id).sort(), ofB);
  });

  it('pages newest first with cursors', async () => {
    server.clock.advanceDays(0.01);
    ok(await submit('mem_a2', form({ companyName: 'Newest Co' })));
    const all = ok(await server.member('mem_a1', LIST, { first: 100 })).viewer.referrals.nodes;
    assert.equal(all[0].companyName, 'Newest Co');
    const first = ok(await server.member('mem_a1', LIST, { first: 2 })).viewer.referrals;
    assert.equal(first.nodes.length, 2);
    assert.equal(first.pageInfo.hasNextPage, true);
    const rest = ok(await server.member('mem_a1', LIST, { first: 100, after: first.pageInfo.endCursor })).viewer.referrals;
    assert.deepEqual([...first.nodes, ...rest.nodes].map((r: { id: string }) => r.id), all.map((r: { id: string }) => r.id));
    assert.equal(rest.pageInfo.hasNextPage, false);
    assert.equal(errorCode(await server.member('mem_a1', LIST, { first: 0 })), 'BAD_USER_INPUT');
    assert.equal(errorCode(await server.member('mem_a1', LIST, { after: 'garbage' })), 'BAD_USER_INPUT');
  });
});

describe('who submitted a referral', () => {
  const MINE = /* GraphQL */ `
    query Mine($mine: Boolean) {
      viewer { referrals(first: 100, filter: { mine: $mine }) { nodes { id submittedBy { id name } submittedByViewer } } }
    }
  `;

  it('names the member, tells the viewer which are theirs, and filters to them', async () => {
    const own = ok(await submit('mem_a2', form({ companyName: 'Mine Only Co' }))).submitReferral;
    const all = ok(await server.member('mem_a1', MINE, {})).viewer.referrals.nodes as { id: string; submittedBy: { id: string; name: string }; submittedByViewer: boolean }[];
    const rows = await server.server.deps.db.selectFrom('referrals').select(['id', 'member_id']).where('partner_id', '=', 'ptn_a').execute();
    assert.equal(all.length, rows.length);
    const names = new Map((await server.server.deps.db.selectFrom('members').select(['id', 'name']).execute()).map((m) => [m.id, m.name]));
    for (const node of all) {
      const memberId = rows.find((r) => r.id === node.id)!.member_id;
      assert.deepEqual(node.submittedBy, { id: memberId, name: names.get(memberId) });
      assert.equal(node.submittedByViewer, memberId === 'mem_a1');
    }
    assert.ok(all.some((n) => n.id === own.id && !n.submittedByViewer));

    const mineA2 = ok(await server.member('mem_a2', MINE, { mine: true })).viewer.referrals.nodes as { id: string; submittedByViewer: boolean }[];
    assert.deepEqual(
      mineA2.map((n) => n.id).sort(),
      rows.filter((r) => r.member_id === 'mem_a2').map((r) => r.id).sort(),
    );
    assert.ok(mineA2.length > 0 && mineA2.every((n) => n.submittedByViewer));
    const notFiltered = ok(await server.member('mem_a2', MINE, { mine: false })).viewer.referrals.nodes;
    assert.equal(notFiltered.length, rows.length);

    // Paging stays within the member's own.
    const page = ok(
      await server.member('mem_a2', `{ viewer { referrals(first: 1, filter: { mine: true }) { nodes { id } pageInfo { hasNextPage endCursor } } } }`),
    ).viewer.referrals;
    const rest = ok(
      await server.member('mem_a2', `query($after: String) { viewer { referrals(first: 100, after: $after, filter: { mine: true }) { nodes { id } } } }`, {
        after: page.pageInfo.endCursor,
      }),
    ).viewer.referrals;
    assert.deepEqual([...page.nodes, ...rest.nodes].map((n: { id: string }) => n.id), mineA2.map((n) => n.id));
  });
});

describe('the announced referral reward', () => {
  const PROGRAM = `{ program { referralRewardPoints } }`;

  it('is null until the program sets one; rewarding without an amount pays it', async () => {
    assert.equal(ok(await server.member('mem_b1', PROGRAM)).program.referralRewardPoints, null);
    const referral = ok(await submit('mem_b1', form())).submitReferral;
    const update = (input: Record<string, unknown>) => server.admin(UPDATE, { input: { referralId: referral.id, ...input } });
    ok(await update({ status: 'QUALIFIED' }));
    ok(await update({ status: 'CONVERTED' }));
    assert.equal(errorCode(await update({ status: 'REWARDED' })), 'BAD_USER_INPUT');

    await server.server.deps.db.updateTable('program').set({ referral_reward_points: 1200 }).execute();
    server.server.deps.programCache.invalidate();
    try {
      assert.equal(ok(await server.member('mem_b1', PROGRAM)).program.referralRewardPoints, 1200);
      const before = await balanceOf('ptn_b');
      const rewarded = ok(await update({ status: 'REWARDED' })).updateReferralStatus;
      assert.equal(rewarded.rewardPoints, 1200);
      assert.equal(await balanceOf('ptn_b'), before + 1200);
    } finally {
      await server.server.deps.db.updateTable('program').set({ referral_reward_points: null }).execute();
      server.server.deps.programCache.invalidate();
    }
  });
});

describe('updateReferralStatus', () => {
  it('walks the state machine and credits the reward exactly once', async () => {
    const referral = ok(await submit('mem_a2', form({ companyName: 'Eta Electric', domain: 'eta-electric.example', contactEmail: 'e@eta-electric.example' })))
      .submitReferral;
    const update = (input: Record<string, unknown>) => server.admin(UPDATE, { input: { referralId: referral.id, ...input } });
    const balanceBefore = await balanceOf('ptn_a');

    const skip = await update({ status: 'CONVERTED' });
    assert.equal(errorCode(skip), 'INVALID_TRANSITION');
    assert.equal(errorCode(await update({ status: 'QUALIFIED', rewardPoints: 10 })), 'BAD_USER_INPUT');
    server.clock.advanceDays(1);
    assert.equal(ok(await update({ status: 'QUALIFIED' })).updateReferralStatus.status, 'QUALIFIED');
    const noReason = await update({ status: 'REJECTED' });
    assert.equal(errorCode(noReason), 'BAD_USER_INPUT');
    assert.equal(noReason.errors![0]!.extensions!.field, 'rejectionReason');
    server.clock.advanceDays(1);
    ok(await update({ status: 'CONVERTED' }));
    assert.equal(errorCode(await update({ status: 'REJECTED', rejectionReason: 'OTHER' })), 'INVALID_TRANSITION');

    for (const rewardPoints of [undefined, 0, -5, 100_001]) {
      const bad = await update({ status: 'REWARDED', ...(rewardPoints === undefined ? {} : { rewardPoints }) });
      assert.equal(errorCode(bad), 'BAD_USER_INPUT', `rewardPoints ${rewardPoints}`);
      assert.equal(bad.errors![0]!.extensions!.field, 'rewardPoints');
    }
    assert.equal(await balanceOf('ptn_a'), balanceBefore);

    server.clock.advanceDays(1);
    const rewarded = ok(await update({ status: 'REWARDED', rewardPoints: 750 })).updateReferralStatus;
    assert.equal(rewarded.status, 'REWARDED');
    assert.equal(rewarded.rewardPoints, 750);
    assert.deepEqual(
      rewarded.history.map((h: { status: string }) => h.status),
      ['SUBMITTED', 'QUALIFIED', 'CONVERTED', 'REWARDED'],
    );
    assert.deepEqual(
      rewarded.history.map((h: { at: string }) => h.at.slice(0, 10)),
      ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'],
    );
    assert.equal(await balanceOf('ptn_a'), balanceBefore + 750);

    const replay = await update({ status: 'REWARDED', rewardPoints: 750 });
    assert.equal(errorCode(replay), 'INVALID_TRANSITION');
    assert.equal(await balanceOf('ptn_a'), balanceBefore + 750);

    const entries = await server.server.deps.db.selectFrom('ledger_entries').selectAll().where('source_kind', '=', 'REFERRAL').where('source_ref', '=', referral.id).execute();
    assert.equal(entries.length, 1);
    const [entry] = entries;
    assert.equal(entry!.partner_id, 'ptn_a');
    assert.equal(entry!.member_id, 'mem_a2');
    assert.equal(entry!.type, 'BONUS');
    assert.equal(entry!.points, 750);
    assert.equal(entry!.reason_code, 'referral_rewarded');
    assert.deepEqual(entry!.reason_params, { company: 'Eta Electric' });
    assert.equal(entry!.idempotency_key, `referral:${referral.id}`);
    assert.equal(entry!.source_ref, referral.id);

    const listed = ok(await server.member('mem_a1', `{ viewer { referrals(first: 100) { nodes { id status rewardPoints } } } }`));
    const mine = listed.viewer.referrals.nodes.find((r: { id: string }) => r.id === referral.id);
    assert.deepEqual(mine, { id: referral.id, status: 'REWARDED', rewardPoints: 750 });
  });

  it('records the rejection reason', async () => {
    const referral = ok(await submit('mem_b1', form())).submitReferral;
    const rejected = ok(await server.admin(UPDATE, { input: { referralId: referral.id, status: 'REJECTED', rejectionReason: 'DUPLICATE' } }))
      .updateReferralStatus;
    assert.equal(rejected.status, 'REJECTED');
    assert.equal(rejected.rejectionReason, 'DUPLICATE');
    assert.deepEqual(rejected.history.map((h: { status: string }) => h.status), ['SUBMITTED', 'REJECTED']);
  });

  it('is for the supplier; unknown ids are NOT_FOUND', async () => {
    const referral = ok(await submit('mem_b1', form())).submitReferral;
    assert.equal(errorCode(await server.member('mem_b1', UPDATE, { input: { referralId: referral.id, status: 'QUALIFIED' } })), 'FORBIDDEN');
    assert.equal(errorCode(await server.admin(UPDATE, { input: { referralId: 'ref_nope', status: 'QUALIFIED' } })), 'NOT_FOUND');
    const row = await server.server.deps.db.selectFrom('referrals').select('status').where('id', '=', referral.id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'SUBMITTED');
  });
});

describe('concurrency', () => {
  it('accepts exactly one of several simultaneous referrals of the same company', async () => {
    const responses = await Promise.all(
      ['mem_a1', 'mem_a2', 'mem_b1'].map((m, i) => submit(m, form({ domain: 'theta.example', contactEmail: `c${i}@theta.example` }))),
    );
    const codes = responses.map((r) => (r.errors ? errorCode(r) : 'OK')).sort();
    assert.deepEqual(codes, ['DUPLICATE_REFERRAL', 'DUPLICATE_REFERRAL', 'OK']);
    const rows = await server.server.deps.db.selectFrom('referrals').select('id').where('domain', '=', 'theta.example').execute();
    assert.equal(rows.length, 1);
  });

  it('holds the daily limit against a burst of simultaneous submissions', async () => {
    const member = ok(
      await server.admin(`mutation M($input: CreateMemberInput!) { createMember(input: $input) { id } }`, {
        input: { partnerId: 'ptn_b', name: 'Burst Beta', email: 'burst@beta-supplies.example' },
      }),
    ).createMember.id as string;
    const limit = (await server.server.deps.db.selectFrom('program').select('referral_limit_per_day').executeTakeFirstOrThrow()).referral_limit_per_day;
    const responses = await Promise.all(Array.from({ length: limit + 4 }, () => submit(member, form())));
    const accepted = responses.filter((r) => !r.errors).length;
    assert.equal(accepted, limit);
    assert.ok(responses.filter((r) => r.errors).every((r) => errorCode(r) === 'RATE_LIMITED'));
    const stored = await server.server.deps.db.selectFrom('referrals').select('id').where('member_id', '=', member).execute();
    assert.equal(stored.length, limit);
  });
});

describe('rate limit', () => {
  it('allows referral_limit_per_day submissions per member in 24 h, counted in the database', async () => {
    const program = await server.server.deps.db.selectFrom('program').select('referral_limit_per_day').executeTakeFirstOrThrow();
    const limit = program.referral_limit_per_day;
    const start = server.clock.now();
    for (let i = 0; i < limit; i++) {
      ok(await submit('mem_b2', form()));
      server.clock.set(new Date(server.clock.now().getTime() + 60_000));
    }
    const before = await referralCount();
    const limited = await submit('mem_b2', form());
    assert.equal(errorCode(limited), 'RATE_LIMITED');
    assert.equal(limited.errors![0]!.extensions!.retryAt, new Date(start.getTime() + 86_400_000).toISOString());
    assert.equal(await referralCount(), before);
    // The limit is per member: a colleague may still submit.
    ok(await submit('mem_b1', form()));

    // 24 h after the first submission it has left the window, and one more is allowed.
    server.clock.set(new Date(start.getTime() + 86_400_000 - 1));
    assert.equal(errorCode(await submit('mem_b2', form())), 'RATE_LIMITED');
    server.clock.set(new Date(start.getTime() + 86_400_000));
    ok(await submit('mem_b2', form()));
    assert.equal(errorCode(await submit('mem_b2', form())), 'RATE_LIMITED');
  });
});

describe('a retried referral (idempotency key)', () => {
  const newMember = async (name: string) =>
    ok(
      await server.admin(`mutation M($input: CreateMemberInput!) { createMember(input: $input) { id } }`, {
        input: { partnerId: 'ptn_b', name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@beta-supplies.example` },
      }),
    ).createMember.id as string;
  const rowsWithKey = async (key: string) => (await server.server.deps.db.selectFrom('referrals').select('id').where('idempotency_key', '=', key).execute()).length;

  it('answers the referral the first request recorded, not DUPLICATE_REFERRAL, and records it once', async () => {
    const member = await newMember('Retry Rita');
    const input = form({ idempotencyKey: 'retry-key-0001' });
    const first = ok(await submit(member, input)).submitReferral;
    const again = ok(await submit(member, input)).submitReferral;
    assert.deepEqual(again, first);
    // The same referral as the server reads it (spelled differently) is the same request.
    const respelled = ok(await submit(member, { ...input, domain: `https://www.${input.domain}/`, companyName: ` ${input.companyName} ` })).submitReferral;
    assert.equal(respelled.id, first.id);
    assert.equal(await rowsWithKey('retry-key-0001'), 1);
    // Without the key the same company is a duplicate, as before.
    assert.equal(errorCode(await submit(member, { ...input, idempotencyKey: undefined })), 'DUPLICATE_REFERRAL');
  });

  it('refuses the key with other values (IDEMPOTENCY_CONFLICT) and writes nothing', async () => {
    const member = await newMember('Conflict Carl');
    const input = form({ idempotencyKey: 'retry-key-0002' });
    ok(await submit(member, input));
    const before = await referralCount();
    const other = await submit(member, form({ idempotencyKey: 'retry-key-0002' }));
    assert.equal(errorCode(other), 'IDEMPOTENCY_CONFLICT');
    assert.equal(other.errors![0]!.extensions!.field, 'idempotencyKey');
    assert.equal(await referralCount(), before);
  });

  it('keeps keys per member: a colleague’s key is not theirs', async () => {
    const [one, two] = [await newMember('Key Kim'), await newMember('Key Kai')];
    const a = ok(await submit(one, form({ idempotencyKey: 'shared-key-0003' }))).submitReferral;
    const b = ok(await submit(two, form({ idempotencyKey: 'shared-key-0003' }))).submitReferral;
    assert.notEqual(a.id, b.id);
  });

  it('replays past the daily limit: the retry of an accepted referral is not a new one', async () => {
    const member = await newMember('Limit Lena');
    const limit = (await server.server.deps.db.selectFrom('program').select('referral_limit_per_day').executeTakeFirstOrThrow()).referral_limit_per_day;
    const inputs = Array.from({ length: limit }, (_, i) => form({ idempotencyKey: `limit-key-${i}-0004` }));
    const accepted = [];
    for (const input of inputs) accepted.push(ok(await submit(member, input)).submitReferral.id);
    assert.equal(errorCode(await submit(member, form({ idempotencyKey: 'limit-key-over-0004' }))), 'RATE_LIMITED');
    assert.equal(ok(await submit(member, inputs[0]!)).submitReferral.id, accepted[0]);
  });

  it('gives a request and its simultaneous retry the same referral', async () => {
    const member = await newMember('Twin Tove');
    const input = form({ idempotencyKey: 'twin-key-0005' });
    const [a, b] = await Promise.all([submit(member, input), submit(member, input)]);
    assert.equal(ok(a).submitReferral.id, ok(b).submitReferral.id);
    assert.equal(await rowsWithKey('twin-key-0005'), 1);
  });

  it('wants a key of 8–100 characters', async () => {
    const member = await newMember('Short Sam');
    for (const idempotencyKey of ['short', 'k'.repeat(101)]) {
      const response = await submit(member, form({ idempotencyKey }));
      assert.equal(errorCode(response), 'BAD_USER_INPUT');
      assert.equal(response.errors![0]!.extensions!.field, 'idempotencyKey');
    }
  });
});
