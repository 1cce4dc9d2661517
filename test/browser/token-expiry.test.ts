import { expect, fixture, html } from '@open-wc/testing';
import type { PartnerErrorEvent, PartnerTokenExpiredEvent } from '../../src/events.js';
import type { PartnerPortal } from '../../src/index.js';
import { availableShown, fmt, hasError, part, textOf, until, untilError, untilReady } from './support/dom.js';
import { admin, apiUrl, clock, createPartner, mark, requestsSince, server, tokenFor, uniqueId } from './support/loyalty.js';
import { settle } from './support/mount.js';
import { pointsOf, tierOf } from './support/truth.js';

const SESSION_EXPIRED = 'Your session has expired. Reload the page to sign in again.';

const widgetsOf = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('partner-tier-badge, partner-points-balance, partner-points-history')];

describe('token expiry', () => {
  let partner: { partnerId: string; memberId: string };
  before(async () => {
    // Its own partner: the tests credit points to see that a refresh after renewal is real.
    partner = await createPartner({ points: 1000 });
  });
  afterEach(() => server.restore());

  const credit = (points: number) =>
    admin(`mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { id } }`, {
      input: { partnerId: partner.partnerId, points, reason: 'Browser test credit', idempotencyKey: uniqueId('credit') },
    });

  it('expiring while the page is open: tokenProvider is asked once and the refresh goes through with its token', async () => {
    const url = await apiUrl();
    const token = await tokenFor(partner.memberId, { ttlSeconds: 60 });
    let asked = 0;
    const provider = async () => {
      asked++;
      return tokenFor(partner.memberId);
    };
    const portal = await fixture<PartnerPortal>(html`<partner-portal endpoint=${url} token=${token} .tokenProvider=${provider}>
      <partner-tier-badge></partner-tier-badge><partner-points-balance></partner-points-balance><partner-points-history></partner-points-history>
    </partner-portal>`);
    const [badge, balance, history] = widgetsOf(portal);
    for (const element of [badge, balance, history]) await untilReady(element);
    const errors: string[] = [];
    portal.addEventListener('partner-error', (event) => errors.push(event.detail.code));

    await clock.advanceSeconds(61);
    await credit(250);
    const expected = fmt.number('en', (await pointsOf(partner.memberId)).available);
    const since = await mark();
    portal.client!.invalidate();

    await until(() => availableShown(balance) === expected, `the refreshed balance ${expected}`);
    await settle();
    expect(asked, 'tokenProvider calls').to.equal(1);
    expect(errors).to.deep.equal([]);
    for (const element of [badge, balance, history]) expect(hasError(element), `${element.localName} shows no error`).to.be.false;
    const requests = await requestsSince(since);
    expect(requests, 'the refused batch, then one retry with the new token').to.have.length(2);
    expect([...requests[1].operations].sort()).to.deep.equal(['PointsBalance', 'PointsHistory', 'TierBadge']);
  });

  it('already expired at load: partner-token-expired answered with respondWith(), one retry, the data shows', async () => {
    const url = await apiUrl();
    const token = await tokenFor(partner.memberId, { ttlSeconds: 60 });
    await clock.advanceSeconds(120);
    const events: PartnerTokenExpiredEvent[] = [];
    const since = await mark();
    // The host listens above the portal: the event bubbles to it.
    const page = await fixture<HTMLElement>(html`<div
      @partner-token-expired=${(event: PartnerTokenExpiredEvent) => {
        events.push(event);
        event.respondWith(tokenFor(partner.memberId));
      }}
    >
      <partner-portal endpoint=${url} token=${token}>
        <partner-tier-badge></partner-tier-badge><partner-points-balance></partner-points-balance><partner-points-history></partner-points-history>
      </partner-portal>
    </div>`);
    const [badge, balance, history] = widgetsOf(page);
    for (const element of [badge, balance, history]) await untilReady(element);
    await settle();

    expect(events, 'partner-token-expired events').to.have.length(1);
    expect(events[0].cancelable && events[0].defaultPrevented, 'respondWith() cancels the event').to.be.true;
    expect(textOf(part(badge, 'name'))).to.equal((await tierOf(partner.memberId)).name);
    expect(availableShown(balance)).to.equal(fmt.number('en', (await pointsOf(partner.memberId)).available));
    const requests = await requestsSince(since);
    expect(requests).to.have.length(2);
    expect(requests.map((request) => request.operations.length)).to.deep.equal([3, 3]);
  });

  it('unanswered: every widget says the session expired, and nothing is retried', async () => {
    const url = await apiUrl();
    const token = await tokenFor(partner.memberId, { ttlSeconds: 60 });
    const portal = await fixture<PartnerPortal>(html`<partner-portal endpoint=${url} token=${token}>
      <partner-tier-badge></partner-tier-badge><partner-points-balance></partner-points-balance><partner-points-history></partner-points-history>
    </partner-portal>`);
    for (const element of widgetsOf(portal)) await untilReady(element);
    const expiredEvents: Event[] = [];
    const errors: string[] = [];
    portal.addEventListener('partner-token-expired', (event) => expiredEvents.push(event));
    portal.addEventListener('partner-error', (event: PartnerErrorEvent) => errors.push(event.detail.code));

    await clock.advanceSeconds(61);
    const since = await mark();
    portal.client!.invalidate();
    for (const element of widgetsOf(portal)) {
      const error = await untilError(element);
      expect(textOf(error.querySelector('p')), element.localName).to.equal(SESSION_EXPIRED);
    }
    await settle();
    expect(expiredEvents, 'the host was asked').to.have.length(1);
    expect(errors).to.deep.equal(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(await requestsSince(since)).to.have.length(1);
  });

  it('a standalone widget renews through its own tokenProvider', async () => {
    const url = await apiUrl();
    const token = await tokenFor(partner.memberId, { ttlSeconds: 60 });
    await clock.advanceSeconds(61);
    let asked = 0;
    const provider = async () => {
      asked++;
      return tokenFor(partner.memberId);
    };
    const balance = await fixture<HTMLElement>(html`<partner-points-balance endpoint=${url} token=${token} .tokenProvider=${provider}></partner-points-balance>`);
    await untilReady(balance);
    expect(asked).to.equal(1);
    expect(availableShown(balance)).to.equal(fmt.number('en', (await pointsOf(partner.memberId)).available));
  });
});
