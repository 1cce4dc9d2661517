import { expect, html, oneEvent } from '@open-wc/testing';
import type { PartnerErrorEvent } from '../../src/events.js';
import { rgb, heightOf, inShadow, part, press, shadowText, tabTo, textOf, untilError, untilReady, isLoading } from './support/dom.js';
import { server, tokenFor } from './support/loyalty.js';
import { inPortal, whileHeld, widget } from './support/mount.js';
import { persona, tierOf } from './support/truth.js';

const silver = persona('silver');

describe('<partner-tier-badge>', () => {
  afterEach(() => server.restore());

  it('shows a skeleton while the tier loads, busy and labelled for assistive technology', async () => {
    const { result: portal } = await whileHeld(() => inPortal(silver.memberId, html`<partner-tier-badge></partner-tier-badge>`));
    const badge = widget(portal, 'partner-tier-badge');

    expect(isLoading(badge), 'skeleton and aria-busy').to.be.true;
    expect(badge.getAttribute('aria-busy')).to.equal('true');
    expect(inShadow(badge, '.visually-hidden').textContent).to.equal('Loading your tier…');
    expect(textOf(inShadow(badge, '.label'))).to.equal('PARTNER TIER');
    await expect(badge).to.be.accessible();

    await server.release();
    await untilReady(badge);
    expect(badge.hasAttribute('aria-busy')).to.be.false;
  });

  it('shows the tier the server gives the partner, in its colour', async () => {
    const tier = await tierOf(silver.memberId);
    const portal = await inPortal(silver.memberId, html`<partner-tier-badge></partner-tier-badge>`);
    const badge = widget(portal, 'partner-tier-badge');
    await untilReady(badge);

    expect(textOf(part(badge, 'name'))).to.equal(tier.name);
    expect(shadowText(badge)).to.equal(`PARTNER TIER ${tier.name}`);
    expect(part(badge, 'badge').dataset.tier).to.equal(tier.code);
    // The medal is drawn in the tier's colour as the program defines it.
    expect(getComputedStyle(part(badge, 'icon')).color).to.equal(rgb(tier.color));
    await expect(badge).to.be.accessible();
  });

  it('a host may override the tier colour with --partner-tier-color', async () => {
    const portal = await inPortal(silver.memberId, html`<partner-tier-badge style="--partner-tier-color: #123456"></partner-tier-badge>`);
    const badge = widget(portal, 'partner-tier-badge');
    await untilReady(badge);
    expect(getComputedStyle(part(badge, 'icon')).color).to.equal('rgb(18, 52, 86)');
  });

  it('compact: a pill whose tier is still announced with its label', async () => {
    const tier = await tierOf(persona('gold').memberId);
    const portal = await inPortal(persona('gold').memberId, html`<partner-tier-badge variant="compact"></partner-tier-badge>`);
    const badge = widget(portal, 'partner-tier-badge');
    await untilReady(badge);

    expect(textOf(part(badge, 'name'))).to.equal(tier.name);
    expect(inShadow(badge, '.visually-hidden').textContent).to.equal('Partner tier: ');
    expect(badge.shadowRoot!.querySelector('.label'), 'no visible label in the pill').to.be.null;
    await expect(badge).to.be.accessible();
  });

  it('a new partner without orders shows the entry tier', async () => {
    const fresh = persona('new');
    const tier = await tierOf(fresh.memberId);
    const portal = await inPortal(fresh.memberId, html`<partner-tier-badge></partner-tier-badge>`);
    const badge = widget(portal, 'partner-tier-badge');
    await untilReady(badge);
    expect(tier.code).to.equal('BRONZE');
    expect(textOf(part(badge, 'name'))).to.equal(tier.name);
    await expect(badge).to.be.accessible();
  });

  for (const variant of ['full', 'compact'] as const) {
    it(`${variant}: keeps its height from loading to ready (no layout shift)`, async () => {
      const { result: portal } = await whileHeld(() => inPortal(silver.memberId, html`<partner-tier-badge variant=${variant}></partner-tier-badge>`));
      const badge = widget(portal, 'partner-tier-badge');
      expect(isLoading(badge)).to.be.true;
      const loading = heightOf(badge);

      await server.release();
      await untilReady(badge);
      const ready = heightOf(badge);
      expect(loading).to.be.greaterThan(0);
      expect(Math.abs(ready - loading), `loading ${loading}px, ready ${ready}px`).to.be.at.most(2);
    });
  }

  it('server down: says so with a retry button, and shows the tier once the server is back', async () => {
    const tier = await tierOf(silver.memberId);
    await server.stop();
    const portal = await inPortal(silver.memberId, html`<partner-tier-badge></partner-tier-badge>`);
    const badge = widget(portal, 'partner-tier-badge');

    const error = await untilError(badge);
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error.querySelector('p'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    const retry = part<HTMLButtonElement>(badge, 'retry-button');
    expect(textOf(retry)).to.equal('Try again');
    expect(badge.hasAttribute('aria-busy')).to.be.false;
    await expect(badge).to.be.accessible();

    await server.start();
    retry.click();
    await untilReady(badge);
    expect(textOf(part(badge, 'name'))).to.equal(tier.name);
  });

  it('the retry button is reached with Tab and works with the keyboard', async () => {
    await server.stop();
    const token = await tokenFor(silver.memberId);
    const portal = await inPortal(silver.memberId, html`<button>Before</button><partner-tier-badge></partner-tier-badge>`, { token });
    const badge = widget(portal, 'partner-tier-badge');
    await untilError(badge);
    portal.querySelector('button')!.focus();

    expect(await tabTo(part(badge, 'retry-button')), 'the next stop after the page content before it').to.equal(1);
    await server.start();
    await press('Enter');
    await untilReady(badge);
    expect(textOf(part(badge, 'name'))).to.equal((await tierOf(silver.memberId)).name);
  });

  it('a token the server rejects: "not signed in" and a partner-error with the code', async () => {
    const portal = await inPortal(silver.memberId, html``, { token: 'not-a-widget-token' });
    const badge = document.createElement('partner-tier-badge');
    const failed = oneEvent(portal, 'partner-error') as Promise<PartnerErrorEvent>;
    portal.append(badge);

    const event = await failed;
    expect(event.detail.code).to.equal('UNAUTHENTICATED');
    expect(event.target === badge, 'fired by the badge').to.be.true;
    const error = await untilError(badge);
    expect(textOf(error.querySelector('p'))).to.equal('You are not signed in to the partner program.');
    await expect(badge).to.be.accessible();
  });
});
