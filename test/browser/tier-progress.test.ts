import { expect, html, oneEvent } from '@open-wc/testing';
import type { PartnerErrorEvent } from '../../src/events.js';
import { accessibilityTree, allInShadow, findNode, fmt, inShadow, isLoading, part, press, shadowText, tabTo, textOf, untilError, untilReady } from './support/dom.js';
import { server, tokenFor } from './support/loyalty.js';
import { inPortal, whileHeld, widget } from './support/mount.js';
import { persona, progressOf } from './support/truth.js';

const silver = persona('silver');

describe('<partner-tier-progress>', () => {
  afterEach(() => server.restore());

  it('shows a skeleton under its heading while loading, busy for assistive technology', async () => {
    const { result: portal } = await whileHeld(() => inPortal(silver.memberId, html`<partner-tier-progress></partner-tier-progress>`));
    const progress = widget(portal, 'partner-tier-progress');

    expect(isLoading(progress)).to.be.true;
    expect(progress.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(inShadow(progress, 'h2'))).to.equal('Your tier progress');
    expect(inShadow(progress, '.visually-hidden').textContent).to.equal('Loading your tier progress…');
    expect(progress.shadowRoot!.querySelector('[role="progressbar"]'), 'no bar before there is a value').to.be.null;
    await expect(progress).to.be.accessible();

    await server.release();
    await untilReady(progress);
  });

  it('shows what is left to spend for the next tier, a progress bar and what that tier brings', async () => {
    const truth = await progressOf(silver.memberId);
    const next = truth.next!;
    expect(next, 'the silver persona has a next tier').to.exist;
    const portal = await inPortal(silver.memberId, html`<partner-tier-progress></partner-tier-progress>`);
    const progress = widget(portal, 'partner-tier-progress');
    await untilReady(progress);

    expect(textOf(inShadow(progress, '.goal'))).to.equal(`Spend ${fmt.money('en', truth.remaining)} more in the rolling 12 months to reach ${next.name}.`);
    expect(textOf(inShadow(progress, '.spend'))).to.equal(`Qualifying purchases since ${fmt.date('en', truth.windowStart)}: ${fmt.money('en', truth.spend)}`);

    // The bar as assistive technology gets it.
    const bar = part(progress, 'bar');
    expect(bar.getAttribute('role')).to.equal('progressbar');
    expect(bar.getAttribute('aria-valuenow')).to.equal(String(truth.progressPct));
    // (Chromium's snapshot leaves `valuetext` empty, so the attribute is read here.)
    // The bar runs from the current tier's threshold to the next one's, and says so.
    expect(bar.getAttribute('aria-valuetext')).to.equal(
      `${fmt.number('en', truth.progressPct / 100, { style: 'percent' })} of the way from ${truth.current.name} to ${next.name}: ${fmt.money('en', truth.spend)} of ${fmt.money('en', next.threshold)}`,
    );
    const tree = await accessibilityTree('partner-tier-progress');
    const node = findNode(tree, (candidate) => candidate.role === 'progressbar');
    expect(node, 'a progressbar in the accessibility tree').to.exist;
    expect(node!.name).to.equal(`Progress to ${next.name}`);
    expect(node!.value).to.equal(truth.progressPct);
    expect(node!.valuemin).to.equal(0);
    expect(node!.valuemax).to.equal(100);

    // …and as a person sees it: filled to the same share.
    const fill = part(progress, 'bar-fill').getBoundingClientRect().width / bar.getBoundingClientRect().width;
    expect(fill).to.be.closeTo(truth.progressPct / 100, 0.02);

    expect(textOf(inShadow(progress, 'h3'))).to.equal(`What ${next.name} brings`);
    const benefits = allInShadow(progress, '[part="benefits"] li').map(textOf);
    expect(benefits).to.deep.equal([
      `${fmt.number('en', next.discountPct / 100, { style: 'percent' })} discount on purchases`,
      `×${fmt.number('en', next.multiplierPct / 100)} points on every order`,
      ...next.benefits.map((benefit) => benefit.label),
    ]);
    await expect(progress).to.be.accessible();
  });

  it('at the top tier: a thank-you instead of a bar', async () => {
    const platinum = persona('platinum');
    const truth = await progressOf(platinum.memberId);
    expect(truth.next).to.be.null;
    const portal = await inPortal(platinum.memberId, html`<partner-tier-progress></partner-tier-progress>`);
    const progress = widget(portal, 'partner-tier-progress');
    await untilReady(progress);

    expect(shadowText(progress)).to.equal(
      `Your tier progress You have reached ${truth.current.name}, our highest tier. Thank you for your partnership! ` +
        `Qualifying purchases in the rolling 12 months: ${fmt.money('en', truth.spend)}.`,
    );
    expect(progress.shadowRoot!.querySelector('[role="progressbar"]')).to.be.null;
    await expect(progress).to.be.accessible();
  });

  it('a new partner with no purchases: the whole first threshold to go, an empty bar', async () => {
    const fresh = persona('new');
    const truth = await progressOf(fresh.memberId);
    expect(truth.spend.amountMinor).to.equal(0);
    const portal = await inPortal(fresh.memberId, html`<partner-tier-progress></partner-tier-progress>`);
    const progress = widget(portal, 'partner-tier-progress');
    await untilReady(progress);

    expect(textOf(inShadow(progress, '.goal'))).to.equal(`Spend ${fmt.money('en', truth.next!.threshold)} more in the rolling 12 months to reach ${truth.next!.name}.`);
    expect(part(progress, 'bar').getAttribute('aria-valuenow')).to.equal('0');
    expect(part(progress, 'bar-fill').getBoundingClientRect().width).to.equal(0);
    await expect(progress).to.be.accessible();
  });

  it('server down: the network message; retry with the keyboard once it is back', async () => {
    await server.stop();
    const token = await tokenFor(silver.memberId);
    const portal = await inPortal(silver.memberId, html`<button>Before</button><partner-tier-progress></partner-tier-progress>`, { token });
    const progress = widget(portal, 'partner-tier-progress');

    const error = await untilError(progress);
    expect(textOf(error.querySelector('p'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    await expect(progress).to.be.accessible();

    portal.querySelector('button')!.focus();
    await tabTo(part(progress, 'retry-button'), 1);
    await server.start();
    await press('Space');
    await untilReady(progress);
    const truth = await progressOf(silver.memberId);
    expect(textOf(inShadow(progress, '.goal'))).to.contain(fmt.money('en', truth.remaining));
  });

  it('a token for a member who does not exist: "not signed in", partner-error UNAUTHENTICATED', async () => {
    const token = await tokenFor('mem_nobody', { partnerId: silver.partnerId });
    const portal = await inPortal(silver.memberId, html``, { token });
    const progress = document.createElement('partner-tier-progress');
    const failed = oneEvent(portal, 'partner-error') as Promise<PartnerErrorEvent>;
    portal.append(progress);

    expect((await failed).detail.code).to.equal('UNAUTHENTICATED');
    const error = await untilError(progress);
    expect(textOf(error.querySelector('p'))).to.equal('You are not signed in to the partner program.');
    expect(textOf(part(progress, 'retry-button'))).to.equal('Try again');
  });
});
