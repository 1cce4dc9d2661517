import { expect, html, oneEvent } from '@open-wc/testing';
import type { PartnerErrorEvent } from '../../src/events.js';
import { fmt, heightOf, inShadow, isLoading, part, shadowText, textOf, untilError, untilReady } from './support/dom.js';
import { server } from './support/loyalty.js';
import { inPortal, whileHeld, widget } from './support/mount.js';
import { persona, pointsOf } from './support/truth.js';

const gold = persona('gold');
const silver = persona('silver');

/** The value next to a label in the balance's description list. */
function valueFor(balance: Element, label: string): HTMLElement {
  const row = [...balance.shadowRoot!.querySelectorAll('dt')].find((dt) => textOf(dt) === label);
  if (!row) throw new Error(`No "${label}" in the balance; it shows "${shadowText(balance)}"`);
  return row.nextElementSibling as HTMLElement;
}

/** The big number itself (the available value without its "points" unit). */
function amountShown(balance: Element): string {
  const available = part(balance, 'available');
  return [...available.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
}

describe('<partner-points-balance>', () => {
  afterEach(() => server.restore());

  it('shows a skeleton under its heading while loading, busy for assistive technology', async () => {
    const { result: portal } = await whileHeld(() => inPortal(gold.memberId, html`<partner-points-balance></partner-points-balance>`));
    const balance = widget(portal, 'partner-points-balance');

    expect(isLoading(balance)).to.be.true;
    expect(balance.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(inShadow(balance, 'h2'))).to.equal('Your points');
    expect(inShadow(balance, '.visually-hidden').textContent).to.equal('Loading your points…');
    await expect(balance).to.be.accessible();

    await server.release();
    await untilReady(balance);
  });

  it('shows available, pending, lifetime and the points expiring soon with their date', async () => {
    const points = await pointsOf(gold.memberId);
    expect(points.expiringSoon, 'the gold persona has points expiring soon').to.be.greaterThan(0);
    const portal = await inPortal(gold.memberId, html`<partner-points-balance></partner-points-balance>`);
    const balance = widget(portal, 'partner-points-balance');
    await untilReady(balance);

    expect(textOf(valueFor(balance, 'Available to spend'))).to.match(new RegExp(`^${fmt.number('en', points.available)}\\s*points$`));
    expect(amountShown(balance)).to.equal(fmt.number('en', points.available));
    expect(textOf(valueFor(balance, 'Pending'))).to.equal(`${fmt.number('en', points.pending)} From recent orders; spendable once the return window ends.`);
    expect(textOf(valueFor(balance, 'Earned in total'))).to.equal(fmt.number('en', points.lifetimeEarned));
    const expiring = valueFor(balance, 'Expiring soon');
    expect(textOf(expiring)).to.equal(`${fmt.number('en', points.expiringSoon)} points expire on ${fmt.date('en', points.expiringSoonDate!, 'long')}.`);
    expect(expiring.hasAttribute('data-soon'), 'highlighted as a warning').to.be.true;
    await expect(balance).to.be.accessible();
  });

  it('nothing expiring: says so, without the warning', async () => {
    const points = await pointsOf(silver.memberId);
    expect(points.expiringSoon).to.equal(0);
    const portal = await inPortal(silver.memberId, html`<partner-points-balance></partner-points-balance>`);
    const balance = widget(portal, 'partner-points-balance');
    await untilReady(balance);

    expect(amountShown(balance)).to.equal(fmt.number('en', points.available));
    const expiring = valueFor(balance, 'Expiring soon');
    expect(textOf(expiring)).to.equal('No points expire in the next 30 days.');
    expect(expiring.hasAttribute('data-soon')).to.be.false;
  });

  it('a partner without any points: the empty state', async () => {
    const fresh = persona('new');
    const points = await pointsOf(fresh.memberId);
    expect(points.available + points.pending + points.lifetimeEarned).to.equal(0);
    const portal = await inPortal(fresh.memberId, html`<partner-points-balance></partner-points-balance>`);
    const balance = widget(portal, 'partner-points-balance');
    await untilReady(balance);

    expect(shadowText(balance)).to.equal('Your points No points yet. Points for your company’s orders, courses and referrals will appear here.');
    expect(balance.shadowRoot!.querySelector('[part="available"]')).to.be.null;
    await expect(balance).to.be.accessible();
  });

  const layouts = [
    { key: 'gold', width: 'auto' },
    { key: 'silver', width: 'auto' },
    { key: 'new', width: 'auto' },
    // (At 320px the gold persona's expiry sentence wraps to a second line that the skeleton cannot foresee.)
    { key: 'gold', width: '400px' },
    { key: 'silver', width: '320px' },
  ] as const;
  for (const { key, width } of layouts) {
    it(`keeps its height from loading to ready (no layout shift): ${key} persona, width ${width}`, async () => {
      const { result: portal } = await whileHeld(() =>
        inPortal(persona(key).memberId, html`<div style="width: ${width}"><partner-points-balance></partner-points-balance></div>`),
      );
      const balance = widget(portal, 'partner-points-balance');
      expect(isLoading(balance)).to.be.true;
      const loading = heightOf(balance);

      await server.release();
      await untilReady(balance);
      const ready = heightOf(balance);
      expect(Math.abs(ready - loading), `loading ${loading}px, ready ${ready}px`).to.be.at.most(2);
    });
  }

  it('server down: the network message and a retry that shows the balance once it is back', async () => {
    await server.stop();
    const portal = await inPortal(gold.memberId, html`<partner-points-balance></partner-points-balance>`);
    const balance = widget(portal, 'partner-points-balance');
    const failed = oneEvent(portal, 'partner-error') as Promise<PartnerErrorEvent>;

    expect((await failed).detail.code).to.equal('NETWORK');
    const error = await untilError(balance);
    expect(textOf(error.querySelector('p'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    await expect(balance).to.be.accessible();

    await server.start();
    const loaded = oneEvent(portal, 'partner-load');
    part(balance, 'retry-button').click();
    await loaded;
    await untilReady(balance);
    expect(amountShown(balance)).to.equal(fmt.number('en', (await pointsOf(gold.memberId)).available));
  });

  it('a JWT the server did not sign: "not signed in"', async () => {
    const portal = await inPortal(gold.memberId, html`<partner-points-balance></partner-points-balance>`, { token: 'eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl' });
    const balance = widget(portal, 'partner-points-balance');
    const error = await untilError(balance);
    expect(textOf(error.querySelector('p'))).to.equal('You are not signed in to the partner program.');
  });
});
