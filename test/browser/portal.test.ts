import { expect, html } from '@open-wc/testing';
import type { PartnerPortal } from '../../src/index.js';
import { availableShown, fmt, inShadow, part, parts, textOf, until, untilReady } from './support/dom.js';
import { admin, asMember, createPartner, mark, requestsSince, server, tokenFor, uniqueId } from './support/loyalty.js';
import { inPortal, settle, widget } from './support/mount.js';
import { ledgerOf, persona, pointsOf, progressOf, tierOf } from './support/truth.js';

const silver = persona('silver');
const gold = persona('gold');

const allFour = html`
  <partner-tier-badge></partner-tier-badge>
  <partner-tier-progress></partner-tier-progress>
  <partner-points-balance></partner-points-balance>
  <partner-points-history></partner-points-history>
`;

const widgetsOf = (portal: PartnerPortal) => [...portal.querySelectorAll<HTMLElement>('partner-tier-badge, partner-tier-progress, partner-points-balance, partner-points-history')];

/** The big "available" number a balance shows. */

describe('<partner-portal>', () => {
  afterEach(() => server.restore());

  it('four widgets load with exactly one HTTP request', async () => {
    const since = await mark();
    const portal = await inPortal(silver.memberId, allFour);
    for (const element of widgetsOf(portal)) await untilReady(element);
    await settle();

    const requests = await requestsSince(since);
    expect(requests, 'HTTP requests that reached the server').to.have.length(1);
    expect([...requests[0].operations].sort()).to.deep.equal(['PointsBalance', 'PointsHistory', 'TierBadge', 'TierProgress']);
    expect(requests[0].locale).to.equal('en');
    expect(portal.client!.requestCount).to.equal(1);

    // …and each shows the partner's data from that one answer.
    const [badge, progress, balance, history] = widgetsOf(portal);
    const [tier, tierProgress, points, ledger] = await Promise.all([tierOf(silver.memberId), progressOf(silver.memberId), pointsOf(silver.memberId), ledgerOf(silver.memberId, { first: 10 })]);
    expect(textOf(part(badge, 'name'))).to.equal(tier.name);
    expect(textOf(inShadow(progress, '.goal'))).to.contain(fmt.money('en', tierProgress.remaining));
    expect(availableShown(balance)).to.equal(fmt.number('en', points.available));
    expect(parts(history, 'entry').map((li) => textOf(li.querySelector('.reason')))).to.have.length(ledger.nodes.length);
  });

  it('identical widgets share one operation; the page still costs one request', async () => {
    const since = await mark();
    const portal = await inPortal(
      silver.memberId,
      html`<header><partner-tier-badge variant="compact"></partner-tier-badge><partner-points-balance></partner-points-balance></header>
        <main><partner-tier-badge></partner-tier-badge><partner-points-balance></partner-points-balance><partner-tier-badge></partner-tier-badge></main>`,
    );
    for (const element of widgetsOf(portal)) await untilReady(element);
    await settle();

    const requests = await requestsSince(since);
    expect(requests).to.have.length(1);
    expect([...requests[0].operations].sort(), 'each distinct query once').to.deep.equal(['PointsBalance', 'TierBadge']);
    const tier = await tierOf(silver.memberId);
    const points = await pointsOf(silver.memberId);
    for (const badge of portal.querySelectorAll('partner-tier-badge')) expect(textOf(part(badge, 'name'))).to.equal(tier.name);
    for (const balance of portal.querySelectorAll('partner-points-balance')) expect(availableShown(balance)).to.equal(fmt.number('en', points.available));
  });

  it('after a redemption through portal.client.mutate, balance and history show the new numbers, refreshed in one request', async () => {
    // A partner of this test's own, so no other test sees its points change.
    const partner = await createPartner({ points: 5000 });
    const { rewards } = await asMember(
      partner.memberId,
      `{ rewards(first: 50, filter: { affordable: true, availableAtMyTier: true }, sort: POINTS_ASC) { nodes { id name costPoints eligibility { redeemable } } } }`,
    );
    const reward = rewards.nodes.find((candidate: { eligibility: { redeemable: boolean } }) => candidate.eligibility.redeemable);
    expect(reward, 'a reward the partner can redeem').to.exist;

    const portal = await inPortal(partner.memberId, allFour);
    const [badge, progress, balance, history] = widgetsOf(portal);
    for (const element of [badge, progress, balance, history]) await untilReady(element);
    expect(availableShown(balance)).to.equal(fmt.number('en', 5000));
    expect(parts(history, 'entry')).to.have.length(1);

    const since = await mark();
    const loads: string[] = [];
    portal.addEventListener('partner-load', (event) => loads.push((event.target as Element).localName));
    await portal.client!.mutate(
      `mutation RedeemReward($input: RedeemRewardInput!) { redeemReward(input: $input) { redemption { id } points { available } } }`,
      { input: { rewardId: reward.id, idempotencyKey: uniqueId('redeem') } },
      { affects: ['points', 'ledger', 'rewards', 'redemptions'] },
    );

    const expected = fmt.number('en', 5000 - reward.costPoints);
    await until(() => availableShown(balance) === expected, `the balance to show ${expected}`);
    await until(() => parts(history, 'entry').length === 2, 'the redemption in the history');
    const newest = parts(history, 'entry')[0];
    expect(textOf(newest.querySelector('.reason'))).to.equal(`Redeemed: ${reward.name}`);
    expect(textOf(newest.querySelector('[part="points"] [aria-hidden="true"]'))).to.equal(fmt.signed('en', -reward.costPoints));
    expect(textOf(newest.querySelector('.meta'))).to.contain(`Redeemed · Reward · by ${partner.memberName}`);
    expect(availableShown(balance)).to.equal(fmt.number('en', (await pointsOf(partner.memberId)).available));

    await settle();
    const requests = await requestsSince(since);
    expect(requests.map((request) => [...request.operations].sort()), 'the mutation, then one refresh of what it changed').to.deep.equal([['RedeemReward'], ['PointsBalance', 'PointsHistory']]);
    expect(loads.sort()).to.deep.equal(['partner-points-balance', 'partner-points-history']);
  });

  it('mutate with optimisticPoints: every balance on the page shows the new number before the server answers; a failure puts it back', async () => {
    const partner = await createPartner({ points: 5000 });
    const portal = await inPortal(
      partner.memberId,
      html`<header><partner-points-balance></partner-points-balance></header>
        <main><partner-points-balance locale="nb"></partner-points-balance><partner-points-history></partner-points-history></main>`,
    );
    const [top, norwegian] = portal.querySelectorAll('partner-points-balance');
    const history = widget(portal, 'partner-points-history');
    for (const element of [top, norwegian, history]) await untilReady(element);

    const since = await mark();
    await server.hold();
    const redeeming = portal.client!.mutate(
      `mutation RedeemReward($input: RedeemRewardInput!) { redeemReward(input: $input) { redemption { id } points { available } } }`,
      { input: { rewardId: 'no-such-reward', idempotencyKey: uniqueId('redeem') } },
      { affects: ['points', 'ledger', 'rewards', 'redemptions'], optimisticPoints: -1200 },
    );
    const failed = redeeming.then(
      () => undefined,
      (error: unknown) => error,
    );
    await until(() => availableShown(top) === fmt.number('en', 3800) && availableShown(norwegian) === fmt.number('nb', 3800), 'both balances at 3,800 at once');
    expect(top.hasAttribute('aria-busy') || norwegian.hasAttribute('aria-busy'), 'no loading state').to.be.false;
    await settle();
    expect((await requestsSince(since)).map((request) => request.operations), 'only the mutation was sent').to.deep.equal([['RedeemReward']]);

    await server.release();
    expect(await failed, 'the redemption fails').to.be.instanceOf(Error);
    // Put back as soon as the caller hears of the failure.
    expect(availableShown(top)).to.equal(fmt.number('en', 5000));
    expect(availableShown(norwegian)).to.equal(fmt.number('nb', 5000));
    await settle();
    expect(await requestsSince(since), 'nothing refetched for a failure').to.have.length(1);
    expect(parts(history, 'entry')).to.have.length(1);
  });

  it('a new token (another member signs in) reloads every widget with that member’s data, in one request', async () => {
    const portal = await inPortal(silver.memberId, allFour);
    for (const element of widgetsOf(portal)) await untilReady(element);
    const [badge, , balance] = widgetsOf(portal);

    const since = await mark();
    portal.token = await tokenFor(gold.memberId);
    const tier = await tierOf(gold.memberId);
    const points = await pointsOf(gold.memberId);
    await until(() => textOf(part(badge, 'name')) === tier.name && availableShown(balance) === fmt.number('en', points.available), 'the gold partner’s data');
    await settle();
    const requests = await requestsSince(since);
    expect(requests).to.have.length(1);
    expect([...requests[0].operations].sort()).to.deep.equal(['PointsBalance', 'PointsHistory', 'TierBadge', 'TierProgress']);
  });

  it('widgets added to the page later use the portal’s cache: no request for what is already shown', async () => {
    const portal = await inPortal(silver.memberId, html`<partner-points-balance></partner-points-balance>`);
    await untilReady(widget(portal, 'partner-points-balance'));

    const since = await mark();
    const second = document.createElement('partner-points-balance');
    portal.append(second);
    await untilReady(second);
    await settle();
    expect(await requestsSince(since)).to.have.length(0);
    expect(availableShown(second)).to.equal(fmt.number('en', (await pointsOf(silver.memberId)).available));
  });

  it('a tab shown again after more than a minute in the background reloads its widgets in one request; a quick glance away does not', async () => {
    const partner = await createPartner({ points: 1200 });
    const portal = await inPortal(partner.memberId, allFour);
    const balance = widget(portal, 'partner-points-balance');
    for (const element of widgetsOf(portal)) await untilReady(element);
    expect(availableShown(balance)).to.equal(fmt.number('en', 1200));

    // Points change on the server while the tab is hidden (the supplier adjusts them).
    await admin(`mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { id } }`, {
      input: { partnerId: partner.partnerId, points: 300, reason: 'Goodwill', idempotencyKey: uniqueId('adjust') },
    });

    // Chromium can't hide a tab on request, and a real minute is too long to wait: the test
    // stands in for both (the page's visibility and its clock), and says so here.
    const realNow = Date.now;
    const setVisibility = (state: 'hidden' | 'visible') => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      let since = await mark();
      setVisibility('hidden');
      setVisibility('visible');
      await settle();
      expect(await requestsSince(since), 'a quick glance away costs nothing').to.have.length(0);

      since = await mark();
      setVisibility('hidden');
      Date.now = () => realNow() + 61_000;
      setVisibility('visible');
      await until(() => availableShown(balance) === fmt.number('en', 1500), 'the adjusted balance after the tab is back');
      await settle();
      expect(await requestsSince(since), 'one batched reload').to.have.length(1);
    } finally {
      Date.now = realNow;
      delete (document as { visibilityState?: string }).visibilityState;
    }
  });
});
