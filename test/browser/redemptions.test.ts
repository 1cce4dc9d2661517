import { expect, html, oneEvent } from '@open-wc/testing';
import type { PartnerRedemptionCancelEvent, PartnerRedemptionCancelledEvent } from '../../src/events.js';
import { availableShown, fmt, focused, inShadow, isLoading, part, parts, press, tabTo, textOf, until, untilError, untilReady } from './support/dom.js';
import { admin, asMember, createPartner, mark, requestsSince, server, uniqueId } from './support/loyalty.js';
import { inPortal, settle, whileHeld, widget } from './support/mount.js';
import { persona, pointsOf } from './support/truth.js';

interface Redemption {
  id: string;
  reward: { id: string; name: string; costPoints: number; imageUrl: string | null; imageWidth: number; imageHeight: number };
  quantity: number;
  pointsSpent: number;
  status: string;
  history: { status: string; at: string }[];
  cancellable: boolean;
  member: { name: string };
  createdAt: string;
}

const STATUS_LABEL: Record<string, string> = { ORDERED: 'Ordered', SHIPPED: 'Shipped', DELIVERED: 'Delivered', CANCELLED: 'Cancelled' };

/** The server's answer, asked as the member (not through the widget). */
async function redemptionsOf(memberId: string, first = 10): Promise<{ nodes: Redemption[]; hasNextPage: boolean }> {
  const data = await asMember(
    memberId,
    `query($first: Int!) { viewer { redemptions(first: $first) {
        nodes { id reward { id name costPoints imageUrl imageWidth imageHeight } quantity pointsSpent status history { status at } cancellable member { name } createdAt }
        pageInfo { hasNextPage } } } }`,
    { first },
  );
  return { nodes: data.viewer.redemptions.nodes, hasNextPage: data.viewer.redemptions.pageInfo.hasNextPage };
}

/** A partner of this test's own with points, and `count` fresh redemptions (each ORDERED). */
async function partnerWithRedemptions(count: number) {
  const partner = await createPartner({ points: 50_000 });
  const { rewards } = await asMember(partner.memberId, `{ rewards(first: 50, sort: POINTS_ASC) { nodes { id name costPoints stock eligibility { redeemable } } } }`);
  const reward = rewards.nodes.find((candidate: any) => candidate.eligibility.redeemable && candidate.stock === null && candidate.costPoints > 0);
  expect(reward, 'an unlimited reward the new partner can redeem').to.exist;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { redeemReward } = await asMember(
      partner.memberId,
      `mutation($input: RedeemRewardInput!) { redeemReward(input: $input) { redemption { id } } }`,
      { input: { rewardId: reward.id, quantity: 1, idempotencyKey: uniqueId('redeem') } },
    );
    ids.push(redeemReward.redemption.id);
  }
  return { ...partner, reward, ids };
}

const ship = (redemptionId: string, status = 'SHIPPED') =>
  admin(`mutation($input: UpdateRedemptionStatusInput!) { updateRedemptionStatus(input: $input) { id status } }`, { input: { redemptionId, status } });

const items = (host: Element) => parts(host, 'item').filter((li) => !li.closest('[aria-hidden="true"]'));
const itemOf = (host: Element, id: string) => inShadow(host, `li[data-id="${id}"]`);

/** One redemption as a person reads it. */
function readItem(li: Element) {
  return {
    name: textOf(li.querySelector('h3')),
    status: textOf(li.querySelector('[part="status"]')),
    facts: textOf(li.querySelector('.facts')),
    meta: textOf(li.querySelector('.meta')),
    steps: [...li.querySelectorAll('[part="timeline"] li')].map((step) => ({
      label: textOf(step.querySelector('.label')),
      date: step.querySelector('time')?.getAttribute('datetime') ?? null,
      current: step.getAttribute('aria-current') === 'step',
    })),
    cancellable: li.querySelector('[part="cancel-button"]') !== null,
  };
}

/** The same redemption from the server's truth. */
function expectedItem(redemption: Redemption) {
  const at = new Map(redemption.history.map((change) => [change.status, change.at]));
  const path = redemption.status === 'CANCELLED' ? ['ORDERED', 'CANCELLED'] : ['ORDERED', 'SHIPPED', 'DELIVERED'];
  return {
    name: redemption.reward.name,
    status: STATUS_LABEL[redemption.status],
    facts: `Quantity: ${fmt.number('en', redemption.quantity)} · ${fmt.number('en', redemption.pointsSpent)} points`,
    meta: `Redeemed by ${redemption.member.name} · ${fmt.dateTime('en', redemption.createdAt)}`,
    steps: path.map((status) => ({ label: STATUS_LABEL[status], date: at.get(status) ?? (status === 'ORDERED' ? redemption.createdAt : null), current: status === redemption.status })),
    cancellable: redemption.cancellable,
  };
}

describe('<partner-redemptions>', () => {
  afterEach(() => server.restore());

  it('shows placeholder items while loading, busy, hidden from assistive technology', async () => {
    const { result: portal } = await whileHeld(() => inPortal(persona('gold').memberId, html`<partner-redemptions></partner-redemptions>`));
    const redemptions = widget(portal, 'partner-redemptions');
    expect(isLoading(redemptions)).to.be.true;
    expect(redemptions.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(inShadow(redemptions, 'h2'))).to.equal('Redeemed rewards');
    expect(items(redemptions)).to.have.length(0);
    const height = redemptions.getBoundingClientRect().height;
    await expect(redemptions).to.be.accessible();

    await server.release();
    await untilReady(redemptions);
    expect(redemptions.getBoundingClientRect().height, 'the skeleton reserves room').to.be.at.least(height * 0.9);
  });

  it('lists the company’s redemptions newest first, as the API has them: reward, quantity, points, who, when, timeline', async () => {
    const gold = persona('gold');
    const truth = await redemptionsOf(gold.memberId);
    expect(truth.nodes.length, 'the gold persona has redemptions').to.be.greaterThan(2);
    const statuses = new Set(truth.nodes.map((redemption) => redemption.status));
    expect(statuses.size, 'several fulfilment states to show').to.be.greaterThan(1);
    const portal = await inPortal(gold.memberId, html`<partner-redemptions></partner-redemptions>`);
    const redemptions = widget(portal, 'partner-redemptions');
    await untilReady(redemptions);

    expect(items(redemptions).map(readItem)).to.deep.equal(truth.nodes.map(expectedItem));
    // Pictures load lazily into a box of their own size (no layout shift); the name beside them says what they show.
    expect(
      items(redemptions).map((li) => {
        const img = li.querySelector('img');
        return img && { src: img.getAttribute('src'), width: img.getAttribute('width'), height: img.getAttribute('height'), loading: img.getAttribute('loading'), alt: img.getAttribute('alt') };
      }),
    ).to.deep.equal(
      truth.nodes.map(({ reward }) => reward.imageUrl && { src: reward.imageUrl, width: String(reward.imageWidth), height: String(reward.imageHeight), loading: 'lazy', alt: '' }),
    );
    expect(textOf(inShadow(redemptions, 'footer .count'))).to.equal(`${truth.nodes.length} redemptions shown`);
    expect(redemptions.shadowRoot!.querySelector('[part="more-button"]') !== null).to.equal(truth.hasNextPage);
    await expect(redemptions).to.be.accessible();
  });

  it('"Show more" follows the cursor', async () => {
    const { memberId } = await partnerWithRedemptions(3);
    const truth = await redemptionsOf(memberId);
    const portal = await inPortal(memberId, html`<partner-redemptions page-size="2"></partner-redemptions>`);
    const redemptions = widget(portal, 'partner-redemptions');
    await untilReady(redemptions);
    expect(items(redemptions).map((li) => li.dataset.id)).to.deep.equal(truth.nodes.slice(0, 2).map((node) => node.id));
    part(redemptions, 'more-button').click();
    await until(() => items(redemptions).length === 3, 'three redemptions after "Show more"');
    expect(items(redemptions).map((li) => li.dataset.id)).to.deep.equal(truth.nodes.map((node) => node.id));
    expect(redemptions.shadowRoot!.querySelector('[part="more-button"]')).to.be.null;
  });

  it('a partner without redemptions: the empty message', async () => {
    const { memberId } = await createPartner();
    const portal = await inPortal(memberId, html`<partner-redemptions></partner-redemptions>`);
    const redemptions = widget(portal, 'partner-redemptions');
    await untilReady(redemptions);
    const empty = inShadow(redemptions, '.empty');
    expect(textOf(empty)).to.equal('No rewards redeemed yet. Rewards your company redeems with its points will show up here.');
    expect(empty.getAttribute('role')).to.equal('status');
    expect(items(redemptions)).to.have.length(0);
    await expect(redemptions).to.be.accessible();
  });

  it('after the supplier ships one: "Shipped" with its date in the timeline, no cancel', async () => {
    const { memberId, ids } = await partnerWithRedemptions(2);
    await ship(ids[0]);
    const truth = await redemptionsOf(memberId);
    const portal = await inPortal(memberId, html`<partner-redemptions></partner-redemptions>`);
    const redemptions = widget(portal, 'partner-redemptions');
    await untilReady(redemptions);

    expect(items(redemptions).map(readItem)).to.deep.equal(truth.nodes.map(expectedItem));
    const shipped = readItem(itemOf(redemptions, ids[0]));
    const shippedAt = truth.nodes.find((node) => node.id === ids[0])!.history.find((change) => change.status === 'SHIPPED')!.at;
    expect(shipped.status).to.equal('Shipped');
    expect(shipped.steps).to.deep.equal([
      { label: 'Ordered', date: shipped.steps[0].date, current: false },
      { label: 'Shipped', date: shippedAt, current: true },
      { label: 'Delivered', date: null, current: false },
    ]);
    expect(textOf(itemOf(redemptions, ids[0]).querySelector('[data-step="SHIPPED"] time'))).to.equal(fmt.date('en', shippedAt));
    expect(shipped.cancellable).to.be.false;
    expect(readItem(itemOf(redemptions, ids[1])).cancellable).to.be.true;
    await expect(redemptions).to.be.accessible();
  });

  it('cancel: confirm in place, events, "Cancelled", points returned, the balance on the page goes up; a second cancel is refused', async () => {
    const { memberId, ids } = await partnerWithRedemptions(1);
    const [id] = ids;
    const before = await pointsOf(memberId);
    const [redemption] = (await redemptionsOf(memberId)).nodes;
    const portal = await inPortal(memberId, html`<partner-points-balance></partner-points-balance><partner-redemptions></partner-redemptions>`);
    const balance = widget(portal, 'partner-points-balance');
    const redemptions = widget(portal, 'partner-redemptions');
    await untilReady(redemptions);
    await untilReady(balance);
    expect(availableShown(balance)).to.equal(fmt.number('en', before.available));

    part(redemptions, 'cancel-button').click();
    const confirm = await (async () => {
      await until(() => redemptions.shadowRoot!.querySelector('[part~="confirm"]'), 'the confirm step');
      return part(redemptions, 'confirm');
    })();
    expect(textOf(confirm.querySelector('p'))).to.equal(`Cancel this redemption? The ${fmt.number('en', redemption.pointsSpent)} points will go back to your balance.`);
    expect(focused()).to.equal(confirm);
    await expect(redemptions).to.be.accessible();

    const cancel = oneEvent(portal, 'partner-redemption-cancel') as Promise<PartnerRedemptionCancelEvent>;
    const cancelled = oneEvent(portal, 'partner-redemption-cancelled') as Promise<PartnerRedemptionCancelledEvent>;
    part(redemptions, 'confirm-button').click();
    const request = await cancel;
    expect(request.cancelable && request.composed && request.bubbles).to.be.true;
    expect(request.detail).to.deep.equal({ id, rewardId: redemption.reward.id, pointsSpent: redemption.pointsSpent });
    const done = await cancelled;
    const after = await pointsOf(memberId);
    expect(after.available).to.equal(before.available + redemption.pointsSpent);
    expect(done.detail).to.deep.equal({ id, pointsReturned: redemption.pointsSpent, available: after.available });

    await until(() => readItem(itemOf(redemptions, id)).status === 'Cancelled', 'the item shows Cancelled');
    const item = itemOf(redemptions, id);
    expect(textOf(item.querySelector('.outcome[role="status"]'))).to.equal(`Redemption cancelled. ${fmt.number('en', redemption.pointsSpent)} points are back in your balance.`);
    expect(readItem(item).cancellable).to.be.false;
    expect(readItem(item).steps.map((step) => step.label)).to.deep.equal(['Ordered', 'Cancelled']);
    expect(focused(), 'focus on the redemption where its outcome is').to.equal(item);
    await until(() => availableShown(balance) === fmt.number('en', after.available), 'the balance shows the points returned');
    await expect(redemptions).to.be.accessible();

    // A second cancel changes nothing: the widget offers none, and the API answers the same
    // cancelled redemption without returning the points twice.
    const again = await asMember(memberId, `mutation($id: ID!) { cancelRedemption(input: { redemptionId: $id }) { redemption { id status } points { available } } }`, { id });
    expect(again.cancelRedemption.redemption.status).to.equal('CANCELLED');
    expect(again.cancelRedemption.points.available).to.equal(after.available);
    expect((await pointsOf(memberId)).available).to.equal(after.available);
  });

  it('the host vetoes with preventDefault: nothing is sent, the redemption stays', async () => {
    const { memberId, ids } = await partnerWithRedemptions(1);
    const portal = await inPortal(memberId, html`<partner-redemptions></partner-redemptions>`);
    const redemptions = widget(portal, 'partner-redemptions');
    await untilReady(redemptions);
    portal.addEventListener('partner-redemption-cancel', (event) => event.preventDefault(), { once: true });
    let cancelledEvents = 0;
    portal.addEventListener('partner-redemption-cancelled', () => cancelledEvents++);

    const since = await mark();
    part(redemptions, 'cancel-button').click();
    await until(() => redemptions.shadowRoot!.querySelector('[part~="confirm-button"]'), 'the confirm step');
    part(redemptions, 'confirm-button').click();
    await until(() => redemptions.shadowRoot!.querySelector('[part~="confirm"]') === null, 'the confirm step closes');
    await settle();

    expect((await requestsSince(since)).flatMap((request) => request.operations)).to.not.include('CancelRedemption');
    expect(cancelledEvents).to.equal(0);
    expect(readItem(itemOf(redemptions, ids[0]))).to.include({ status: 'Ordered', cancellable: true });
    expect(focused(), 'focus back on "Cancel redemption"').to.equal(part(redemptions, 'cancel-button'));
    expect((await redemptionsOf(memberId)).nodes[0].status).to.equal('ORDERED');
  });

  it('shipped after the page loaded: the cancel fails with INVALID_TRANSITION next to the item, which then shows Shipped', async () => {
    const { memberId, ids } = await partnerWithRedemptions(2);
    const portal = await inPortal(memberId, html`<partner-redemptions></partner-redemptions>`);
    const redemptions = widget(portal, 'partner-redemptions');
    await untilReady(redemptions);
    const target = ids[0];
    await ship(target);

    itemOf(redemptions, target).querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
    await until(() => redemptions.shadowRoot!.querySelector('[part~="confirm-button"]'), 'the confirm step');
    part(redemptions, 'confirm-button').click();
    await until(() => itemOf(redemptions, target).querySelector('[part~="error"]'), 'the failure next to the item');
    const error = itemOf(redemptions, target).querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.equal('This redemption can no longer be cancelled: it is already on its way.');
    await until(() => readItem(itemOf(redemptions, target)).status === 'Shipped', 'the item shows where it is now');
    expect(readItem(itemOf(redemptions, target)).cancellable).to.be.false;
    expect(readItem(itemOf(redemptions, ids[1])).cancellable, 'the other one is untouched').to.be.true;
    expect(items(redemptions).filter((li) => li.querySelector('[part~="error"]'))).to.have.length(1);
    await expect(redemptions).to.be.accessible();
  });

  it('keyboard only: Tab to "Cancel redemption", Enter, Escape keeps it; again, Tab to "Yes", Enter cancels', async () => {
    const { memberId, ids } = await partnerWithRedemptions(1);
    const portal = await inPortal(memberId, html`<button>Before</button><partner-redemptions></partner-redemptions>`);
    const redemptions = widget(portal, 'partner-redemptions');
    await untilReady(redemptions);
    portal.querySelector('button')!.focus();

    const cancelButton = part(redemptions, 'cancel-button');
    expect(await tabTo(cancelButton)).to.equal(1);
    await press('Enter');
    await until(() => focused() === redemptions.shadowRoot!.querySelector('[part~="confirm"]'), 'focus on the confirm step');
    await press('Escape');
    await until(() => focused() === redemptions.shadowRoot!.querySelector('[part="cancel-button"]'), 'focus back on the cancel button');
    expect(redemptions.shadowRoot!.querySelector('[part~="confirm"]')).to.be.null;

    await press('Enter');
    await until(() => redemptions.shadowRoot!.querySelector('[part~="confirm-button"]'), 'the confirm step');
    expect(await tabTo(part(redemptions, 'confirm-button'))).to.equal(1);
    await press('Enter');
    await until(() => readItem(itemOf(redemptions, ids[0])).status === 'Cancelled', 'cancelled');
    await until(() => focused() === itemOf(redemptions, ids[0]), 'focus on the redemption');
    expect((await redemptionsOf(memberId)).nodes[0].status).to.equal('CANCELLED');
  });

  it('server down: the network message and retry', async () => {
    await server.stop();
    const portal = await inPortal(persona('gold').memberId, html`<partner-redemptions></partner-redemptions>`);
    const redemptions = widget(portal, 'partner-redemptions');
    const error = await untilError(redemptions);
    expect(textOf(error.querySelector('p'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    await expect(redemptions).to.be.accessible();
    await server.start();
    part(redemptions, 'retry-button').click();
    await untilReady(redemptions);
    expect(items(redemptions).length).to.be.greaterThan(0);
  });
});
