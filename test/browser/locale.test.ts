import { expect, fixture, html } from '@open-wc/testing';
import type { PartnerPortal } from '../../src/index.js';
import { availableShown, fmt, inShadow, part, parts, textOf, until, untilReady } from './support/dom.js';
import { apiUrl, mark, requestsSince, server, tokenFor } from './support/loyalty.js';
import { inPortal } from './support/mount.js';
import { ledgerOf, persona, pointsOf, tierOf } from './support/truth.js';

/** Static texts of the widgets, as translators wrote them. */
const TEXT = {
  en: { balance: 'Your points', history: 'Points history', tierLabel: 'Partner tier', available: 'Available to spend' },
  th: { balance: 'คะแนนของคุณ', history: 'ประวัติคะแนน', tierLabel: 'ระดับพาร์ทเนอร์', available: 'คะแนนที่ใช้ได้' },
  nb: { balance: 'Poengene dine', history: 'Poenghistorikk', tierLabel: 'Partnernivå', available: 'Tilgjengelig nå' },
  ms: { balance: 'Mata anda', history: 'Sejarah mata', tierLabel: 'Peringkat rakan niaga', available: 'Boleh dibelanjakan' },
} as const;
type Locale = keyof typeof TEXT;

const widgets = html`<partner-tier-badge></partner-tier-badge><partner-points-balance></partner-points-balance><partner-points-history></partner-points-history>`;

function parts3(root: ParentNode) {
  return {
    badge: root.querySelector<HTMLElement>('partner-tier-badge')!,
    balance: root.querySelector<HTMLElement>('partner-points-balance')!,
    history: root.querySelector<HTMLElement>('partner-points-history')!,
  };
}

/** Static text in `locale`, and the server's texts (tier name, ledger reasons) in `locale` too. */
async function expectLocale(root: ParentNode, locale: Locale, memberId: string) {
  const { badge, balance, history } = parts3(root);
  const [tier, points, ledger] = await Promise.all([tierOf(memberId, locale), pointsOf(memberId), ledgerOf(memberId, { first: 10, locale })]);
  await until(() => textOf(inShadow(balance, 'h2')) === TEXT[locale].balance, `the balance heading in ${locale}`);
  await until(() => textOf(part(badge, 'name')) === tier.name, `the tier name in ${locale} (${tier.name})`);
  await until(() => textOf(parts(history, 'entry')[0]?.querySelector('.reason')).startsWith(ledger.nodes[0].reason), `ledger reasons in ${locale}`);
  expect(textOf(inShadow(history, 'h2'))).to.equal(TEXT[locale].history);
  expect(inShadow(badge, '.label').textContent).to.equal(TEXT[locale].tierLabel);
  expect(textOf(inShadow(balance, 'dt'))).to.equal(TEXT[locale].available);
  expect(availableShown(balance)).to.equal(fmt.number(locale, points.available));
  expect(parts(history, 'entry').map((li) => li.querySelector('time')!.textContent)).to.deep.equal(ledger.nodes.map((entry) => fmt.dateTime(locale, entry.createdAt)));
}

describe('locales', () => {
  afterEach(() => server.restore());

  const cases = [
    { locale: 'th', persona: 'platinum' },
    { locale: 'nb', persona: 'gold' },
    { locale: 'ms', persona: 'bronze' },
  ] as const;
  for (const { locale, persona: key } of cases) {
    it(`locale="${locale}": translated texts and the server's texts in ${locale}`, async () => {
      const memberId = persona(key).memberId;
      // The server's texts really differ from English for this partner (else this proves nothing).
      expect((await tierOf(memberId, locale)).name).to.not.equal((await tierOf(memberId, 'en')).name);
      expect((await ledgerOf(memberId, { first: 1, locale })).nodes[0].reason).to.not.equal((await ledgerOf(memberId, { first: 1 })).nodes[0].reason);

      const since = await mark();
      const portal = await inPortal(memberId, widgets, { locale });
      for (const element of Object.values(parts3(portal))) await untilReady(element);
      await expectLocale(portal, locale, memberId);
      const requests = await requestsSince(since);
      expect(requests.map((request) => request.locale)).to.deep.equal([locale]);
    });
  }

  it('switching portal.locale at runtime re-renders every widget in the new language', async () => {
    const silver = persona('silver');
    const portal = await inPortal(silver.memberId, widgets);
    for (const element of Object.values(parts3(portal))) await untilReady(element);
    await expectLocale(portal, 'en', silver.memberId);

    const since = await mark();
    portal.locale = 'nb';
    await expectLocale(portal, 'nb', silver.memberId);
    expect((await requestsSince(since)).map((request) => request.locale)).to.deep.equal(['nb']);

    portal.locale = 'th-TH';
    await expectLocale(portal, 'th', silver.memberId);
  });

  it('without locale, the nearest lang is used, and changing that lang changes the widgets', async () => {
    const bronze = persona('bronze');
    const url = await apiUrl();
    const token = await tokenFor(bronze.memberId);
    const page = await fixture<HTMLElement>(html`<div lang="ms-MY">
      <partner-portal endpoint=${url} token=${token}>
        <section lang="nb">${widgets}</section>
      </partner-portal>
    </div>`);
    for (const element of Object.values(parts3(page))) await untilReady(element);
    await expectLocale(page, 'nb', bronze.memberId);

    page.querySelector('section')!.removeAttribute('lang');
    await expectLocale(page, 'ms', bronze.memberId);

    page.setAttribute('lang', 'th');
    await expectLocale(page, 'th', bronze.memberId);
  });

  it('a widget’s own locale wins over the portal’s', async () => {
    const gold = persona('gold');
    const portal = await inPortal(gold.memberId, html`<partner-points-balance locale="nb"></partner-points-balance><partner-tier-badge></partner-tier-badge>`, { locale: 'en' });
    const { badge, balance } = parts3(portal as PartnerPortal);
    await untilReady(balance);
    await untilReady(badge);
    expect(textOf(inShadow(balance, 'h2'))).to.equal(TEXT.nb.balance);
    expect(inShadow(badge, '.label').textContent).to.equal(TEXT.en.tierLabel);
  });
});
