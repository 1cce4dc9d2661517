import { expect, html } from '@open-wc/testing';
import { allInShadow, inShadow, part, rgb, until, untilError, untilReady } from './support/dom.js';
import { server } from './support/loyalty.js';
import { inPortal } from './support/mount.js';
import { persona } from './support/truth.js';

// One theme for every widget: a host sets the public custom properties once, on the portal,
// and every button and field on the page follows them.
const accent = '#123456';
const negative = '#aa0011';
const theme = `--partner-color-accent: ${accent}; --partner-color-negative: ${negative}; --partner-radius: 3px`;

const widgets = html`
  <partner-tier-badge></partner-tier-badge>
  <partner-tier-progress></partner-tier-progress>
  <partner-points-balance></partner-points-balance>
  <partner-points-history></partner-points-history>
  <partner-reward-catalog></partner-reward-catalog>
  <partner-redemptions></partner-redemptions>
  <partner-referral-form></partner-referral-form>
  <partner-referrals></partner-referrals>
  <partner-nps-survey></partner-nps-survey>
  <partner-promotions></partner-promotions>
  <partner-leaderboard></partner-leaderboard>
  <partner-webinars></partner-webinars>
  <partner-course-catalog></partner-course-catalog>
  <partner-course course-id="crs_battery_care"></partner-course>
  <partner-materials></partner-materials>
`;

/** Every widget element in the portal. */
const all = (portal: Element) => [...portal.querySelectorAll<HTMLElement>('*')].filter((element) => element.localName.startsWith('partner-'));

describe('theme', () => {
  afterEach(() => server.restore());

  it('server down: every widget’s retry button is drawn in the page’s accent, at least 24 px tall', async () => {
    await server.stop();
    const portal = await inPortal(persona('silver').memberId, widgets);
    portal.setAttribute('style', theme);
    // The referral form has nothing to retry: it works without the program's reward figure.
    for (const element of all(portal).filter((element) => element.localName !== 'partner-referral-form')) {
      await untilError(element);
      const retry = part(element, 'retry-button');
      const style = getComputedStyle(retry);
      expect(style.borderTopColor, `<${element.localName}>'s retry button`).to.equal(rgb(accent));
      expect(style.borderTopLeftRadius, `<${element.localName}>'s retry button`).to.equal('3px');
      expect(retry.getBoundingClientRect().height, `<${element.localName}>'s retry button`).to.be.at.least(24);
    }
  });

  it('every text field and menu has the theme’s corners and is at least 24 px tall', async () => {
    const portal = await inPortal(persona('silver').memberId, widgets);
    portal.setAttribute('style', theme);
    const fields: [string, HTMLElement][] = [];
    for (const element of all(portal)) {
      await untilReady(element);
      for (const field of allInShadow(element, 'select, textarea, input:not([type="radio"], [type="checkbox"])')) fields.push([element.localName, field]);
    }
    // Filters, searches, the referral form, the survey's comment, the volume-discount quote.
    const owners = new Set(fields.map(([owner]) => owner));
    for (const owner of ['partner-points-history', 'partner-reward-catalog', 'partner-referral-form', 'partner-nps-survey', 'partner-promotions', 'partner-course-catalog', 'partner-materials']) {
      expect(owners, `fields of <${owner}>`).to.include(owner);
    }
    for (const [owner, field] of fields) {
      const label = `<${owner}>'s ${field.localName}#${field.id || field.getAttribute('part')}`;
      expect(getComputedStyle(field).borderTopLeftRadius, label).to.equal('3px');
      expect(field.getBoundingClientRect().height, label).to.be.at.least(24);
    }
  });

  it('the action each form or card is for is filled with the accent, the same in every widget', async () => {
    const portal = await inPortal(persona('silver').memberId, widgets);
    portal.setAttribute('style', theme);
    const primaries: [string, string][] = [
      ['partner-referral-form', 'submit-button'],
      ['partner-nps-survey', 'submit-button'],
      ['partner-reward-catalog', 'redeem-button'],
      ['partner-materials', 'download-button'],
    ];
    for (const [tag, name] of primaries) {
      const element = portal.querySelector(tag)!;
      await untilReady(element);
      const style = getComputedStyle(part(element, name));
      expect(style.backgroundColor, `<${tag}>'s ${name}`).to.equal(rgb(accent));
      expect(style.borderTopLeftRadius, `<${tag}>'s ${name}`).to.equal('3px');
    }
  });

  it('a field whose value can not be used has the theme’s negative border, in every widget', async () => {
    const portal = await inPortal(persona('silver').memberId, html`<partner-promotions></partner-promotions><partner-referral-form></partner-referral-form>`);
    portal.setAttribute('style', theme);
    const promotions = portal.querySelector('partner-promotions')!;
    const form = portal.querySelector('partner-referral-form')!;
    await untilReady(promotions);
    await untilReady(form);
    const amount = inShadow<HTMLInputElement>(promotions, 'input');
    amount.value = 'ten';
    amount.dispatchEvent(new Event('input'));
    inShadow<HTMLButtonElement>(form, '[part~="submit-button"]').click();
    const company = allInShadow<HTMLInputElement>(form, 'input')[0];
    for (const [owner, field] of [['partner-promotions', amount], ['partner-referral-form', company]] as const) {
      await until(() => field.getAttribute('aria-invalid') === 'true', `<${owner}> flags the field`);
      expect(getComputedStyle(field).borderTopColor, `<${owner}>'s ${field.localName}`).to.equal(rgb(negative));
    }
  });
});
