import { expect, fixture, html } from '@open-wc/testing';
import { availableShown, fmt, part, shadowText, textOf, untilError, untilReady } from './support/dom.js';
import { apiUrl, mark, requestsSince, server, tokenFor } from './support/loyalty.js';
import { settle } from './support/mount.js';
import { persona, pointsOf, tierOf } from './support/truth.js';

const silver = persona('silver');
const gold = persona('gold');

describe('standalone widgets (own endpoint and token, no portal)', () => {
  afterEach(() => server.restore());

  it('a widget with its own endpoint and token shows its partner’s data', async () => {
    const url = await apiUrl();
    const token = await tokenFor(silver.memberId);
    const since = await mark();
    const balance = await fixture<HTMLElement>(html`<partner-points-balance endpoint=${url} token=${token}></partner-points-balance>`);
    await untilReady(balance);

    expect(availableShown(balance)).to.equal(fmt.number('en', (await pointsOf(silver.memberId)).available));
    await settle();
    const requests = await requestsSince(since);
    expect(requests.map((request) => request.operations)).to.deep.equal([['PointsBalance']]);
    expect(requests[0].authorization).to.be.true;
  });

  it('two widgets with the same endpoint and token share one request', async () => {
    const url = await apiUrl();
    const token = await tokenFor(silver.memberId);
    const since = await mark();
    const page = await fixture<HTMLElement>(html`<div>
      <partner-tier-badge endpoint=${url} token=${token}></partner-tier-badge>
      <section><partner-points-balance endpoint=${url} token=${token}></partner-points-balance></section>
    </div>`);
    const badge = page.querySelector('partner-tier-badge')!;
    const balance = page.querySelector('partner-points-balance')!;
    await untilReady(badge);
    await untilReady(balance);
    await settle();

    const requests = await requestsSince(since);
    expect(requests, 'HTTP requests').to.have.length(1);
    expect([...requests[0].operations].sort()).to.deep.equal(['PointsBalance', 'TierBadge']);
    expect(textOf(part(badge, 'name'))).to.equal((await tierOf(silver.memberId)).name);
    expect(availableShown(balance)).to.equal(fmt.number('en', (await pointsOf(silver.memberId)).available));
  });

  it('widgets with different tokens each show their own partner', async () => {
    const url = await apiUrl();
    const [silverToken, goldToken] = await Promise.all([tokenFor(silver.memberId), tokenFor(gold.memberId)]);
    const page = await fixture<HTMLElement>(html`<div>
      <partner-tier-badge endpoint=${url} token=${silverToken}></partner-tier-badge>
      <partner-tier-badge endpoint=${url} token=${goldToken}></partner-tier-badge>
    </div>`);
    const [first, second] = page.querySelectorAll('partner-tier-badge');
    await untilReady(first);
    await untilReady(second);
    expect(textOf(part(first, 'name'))).to.equal((await tierOf(silver.memberId)).name);
    expect(textOf(part(second, 'name'))).to.equal((await tierOf(gold.memberId)).name);
    expect(textOf(part(first, 'name'))).to.not.equal(textOf(part(second, 'name')));
  });

  it('neither a portal nor an endpoint: says it is not connected', async () => {
    const balance = await fixture<HTMLElement>(html`<partner-points-balance></partner-points-balance>`);
    const error = await untilError(balance);
    expect(textOf(error.querySelector('p'))).to.equal('This widget is not connected: place it inside <partner-portal> or give it an endpoint and a token.');
    expect(balance.hasAttribute('aria-busy')).to.be.false;
    await expect(balance).to.be.accessible();
  });

  it('given an endpoint later, it connects and loads', async () => {
    const balance = await fixture<HTMLElement & { endpoint?: string; token?: string }>(html`<partner-points-balance></partner-points-balance>`);
    await untilError(balance);
    balance.token = await tokenFor(silver.memberId);
    balance.endpoint = await apiUrl();
    await untilReady(balance);
    expect(shadowText(balance)).to.contain(fmt.number('en', (await pointsOf(silver.memberId)).available));
  });
});
