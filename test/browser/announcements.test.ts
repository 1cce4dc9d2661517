import { expect, html } from '@open-wc/testing';
import { allInShadow, inShadow, part, textOf, until, untilReady } from './support/dom.js';
import { inPortal, settle, widget } from './support/mount.js';
import { server } from './support/loyalty.js';
import { persona } from './support/truth.js';

// What the lists say to assistive technology (their live regions): the answer to what the
// member did in that list, once; nothing when the page draws them again for other reasons.

/** Every live region's text in the portal's widgets, by widget. */
function spoken(portal: Element): Record<string, string[]> {
  const said: Record<string, string[]> = {};
  for (const element of portal.querySelectorAll('*')) {
    if (!element.shadowRoot) continue;
    const texts = allInShadow(element, '[role="status"], [role="alert"], [aria-live]').map((region) => textOf(region)).filter(Boolean);
    if (texts.length) said[element.localName] = texts;
  }
  return said;
}

const lists = html`
  <partner-points-history></partner-points-history>
  <partner-reward-catalog></partner-reward-catalog>
  <partner-redemptions></partner-redemptions>
  <partner-referrals></partner-referrals>
  <partner-course-catalog></partner-course-catalog>
  <partner-materials></partner-materials>
`;

describe('announcements', () => {
  it('the lists say nothing when they are first shown, nor when the page switches language', async () => {
    const portal = await inPortal(persona('silver').memberId, lists);
    const all = [...portal.querySelectorAll<HTMLElement>('*')].filter((element) => element.localName.startsWith('partner-'));
    for (const element of all) await untilReady(element);
    expect(spoken(portal), 'first shown').to.deep.equal({});

    portal.setAttribute('locale', 'nb');
    await until(() => textOf(inShadow(widget(portal, 'partner-materials'), 'h2')) === 'Markedsmateriell', 'the page in Norwegian');
    for (const element of all) await untilReady(element);
    await settle();
    expect(spoken(portal), 'after the switch').to.deep.equal({});
  });

  it('a filter the member changes: the list says what it shows once the answer is there, and says it again for the next change', async () => {
    const portal = await inPortal(persona('silver').memberId, html`<partner-materials></partner-materials>`);
    const materials = widget(portal, 'partner-materials');
    await untilReady(materials);
    const region = () => textOf(inShadow(materials, 'p.visually-hidden[role="status"]'));
    expect(region()).to.equal('');

    const search = inShadow<HTMLInputElement>(materials, 'input[type="search"]');
    search.value = 'no such material at all';
    search.dispatchEvent(new Event('input'));
    await until(() => region() === 'No materials match these filters.', 'nothing matches, said');
    expect(textOf(inShadow(materials, '.empty p'))).to.equal('No materials match these filters.');

    part(materials, 'clear-button').click();
    await until(() => /^\d+ materials$/.test(region()), 'the count of the whole library, said');
    expect(region()).to.equal(textOf(inShadow(materials, 'footer .count')));
  });

  it('the points history says the entries of the type chosen, not the unfiltered wording of the answer before', async () => {
    const portal = await inPortal(persona('silver').memberId, html`<partner-points-history></partner-points-history>`);
    const history = widget(portal, 'partner-points-history');
    await untilReady(history);
    const region = () => textOf(inShadow(history, 'p.visually-hidden[role="status"]'));
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(region()));
    observer.observe(inShadow(history, 'p.visually-hidden[role="status"]'), { childList: true, subtree: true, characterData: true });

    const filter = part<HTMLSelectElement>(history, 'filter');
    filter.value = 'EXPIRY';
    filter.dispatchEvent(new Event('change'));
    await until(() => region() !== '', 'the answer for expired points, said');
    const expired = region();
    filter.value = 'all';
    filter.dispatchEvent(new Event('change'));
    await until(() => region() !== '' && region() !== expired, 'the answer for all activity, said');
    observer.disconnect();
    expect(said.filter(Boolean), 'one sentence per change').to.deep.equal([expired, region()]);
    expect(region()).to.match(/entr(y|ies) shown$/);
  });

  it('while the answer to a filter is on its way, the old list stays, dimmed, and its card is busy', async () => {
    const portal = await inPortal(persona('silver').memberId, html`<partner-course-catalog></partner-course-catalog>`);
    const catalog = widget(portal, 'partner-course-catalog');
    await untilReady(catalog);
    const card = part(catalog, 'card');
    const list = inShadow(catalog, 'ul');
    expect(card.hasAttribute('aria-busy')).to.be.false;

    await server.hold();
    try {
      const level = allInShadow<HTMLSelectElement>(catalog, 'select')[1];
      level.value = 'ADVANCED';
      level.dispatchEvent(new Event('change'));
      await until(() => card.getAttribute('aria-busy') === 'true', 'the card is busy');
      expect(list.isConnected, 'the old list is still there').to.be.true;
      await until(() => Number(getComputedStyle(list).opacity) < 1, 'the old list dimmed');
    } finally {
      await server.release();
    }
    await until(() => !card.hasAttribute('aria-busy'), 'not busy once the answer is shown');
    await until(() => Number(getComputedStyle(inShadow(catalog, 'ul')).opacity) === 1, 'the new list at full strength');
  });
});
