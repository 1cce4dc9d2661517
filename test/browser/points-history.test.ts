import { expect, html, oneEvent } from '@open-wc/testing';
import type { PartnerFilterChangeEvent } from '../../src/events.js';
import { allInShadow, fmt, focused, inShadow, isLoading, part, parts, press, shadowText, tabTo, textOf, until, untilError, untilReady } from './support/dom.js';
import { mark, requestsSince, server } from './support/loyalty.js';
import { inPortal, settle, whileHeld, widget } from './support/mount.js';
import { ledgerOf, persona, type LedgerEntry } from './support/truth.js';

const silver = persona('silver');

/** What a person reads for each entry type and source (English). */
const TYPE_LABEL: Record<string, string> = { ACCRUAL: 'Earned', BONUS: 'Bonus', REDEMPTION: 'Redeemed', REVERSAL: 'Reversed', EXPIRY: 'Expired', ADJUSTMENT: 'Adjustment' };
const SOURCE_LABEL: Record<string, string> = {
  ORDER: 'Order',
  REFUND: 'Refund',
  REWARD: 'Reward',
  COURSE: 'Course',
  REFERRAL: 'Referral',
  SURVEY: 'Survey',
  CHALLENGE: 'Challenge',
  PROMOTION: 'Promotion',
  EXPIRY: 'Expired',
  ADMIN: 'Program team',
};

const ownText = (element: Element) =>
  [...element.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();

/** One entry as a person reads it. */
function readEntry(li: Element) {
  const points = li.querySelector('[part="points"]')!;
  return {
    reason: ownText(li.querySelector('.reason')!),
    pendingTag: textOf(li.querySelector('.reason .tag')),
    points: textOf(points.querySelector('[aria-hidden="true"]')),
    spokenPoints: textOf(points.querySelector('.visually-hidden')),
    datetime: li.querySelector('time')!.getAttribute('datetime'),
    meta: textOf(li.querySelector('.meta')),
  };
}

/** Sources whose reference means something to a member (order numbers, survey periods); reward and course ids do not. */
const READABLE_REFERENCE = new Set(['ORDER', 'REFUND', 'SURVEY']);

/** The same entry from the server's truth. */
function expectedEntry(entry: LedgerEntry) {
  const label = SOURCE_LABEL[entry.source.kind];
  const source = entry.source.reference && READABLE_REFERENCE.has(entry.source.kind) ? `${label} ${entry.source.reference}` : label;
  // An expiry's source is the expiry itself: said once ("Expired"), not twice.
  const meta = [fmt.dateTime('en', entry.createdAt), TYPE_LABEL[entry.type], ...(entry.source.kind === 'EXPIRY' ? [] : [source])];
  if (entry.member) meta.push(`by ${entry.member.name}`);
  if (entry.pending) meta.push(`Spendable from ${fmt.date('en', entry.availableAt)}`);
  return {
    reason: entry.reason,
    pendingTag: entry.pending ? 'Pending' : '',
    points: fmt.signed('en', entry.points),
    spokenPoints: `${fmt.signed('en', entry.points)} points`,
    datetime: entry.createdAt,
    meta: meta.join(' · '),
  };
}

const entries = (history: Element) => parts(history, 'entry').filter((li) => !li.closest('[aria-hidden="true"]'));
const shownCount = (history: Element) => textOf(inShadow(history, 'footer .count'));

describe('<partner-points-history>', () => {
  afterEach(() => server.restore());

  it('shows placeholder rows while loading, busy, with the filter already usable', async () => {
    const { result: portal } = await whileHeld(() => inPortal(silver.memberId, html`<partner-points-history></partner-points-history>`));
    const history = widget(portal, 'partner-points-history');

    expect(isLoading(history)).to.be.true;
    expect(history.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(inShadow(history, 'h2'))).to.equal('Points history');
    expect(inShadow(history, 'span.visually-hidden').textContent).to.equal('Loading your points history…');
    expect(entries(history), 'placeholders are hidden from assistive technology').to.have.length(0);
    expect(part<HTMLSelectElement>(history, 'filter').value).to.equal('all');
    await expect(history).to.be.accessible();

    await server.release();
    await untilReady(history);
  });

  it('lists the newest entries: reason, points, when, what kind, from where, by whom', async () => {
    const truth = await ledgerOf(silver.memberId, { first: 10 });
    expect(truth.nodes).to.have.length(10);
    const portal = await inPortal(silver.memberId, html`<partner-points-history></partner-points-history>`);
    const history = widget(portal, 'partner-points-history');
    await untilReady(history);

    const shown = entries(history);
    expect(shown.map(readEntry)).to.deep.equal(truth.nodes.map(expectedEntry));
    expect(shown.map((li) => li.getAttribute('data-sign'))).to.deep.equal(truth.nodes.map((entry) => (entry.points >= 0 ? 'credit' : 'debit')));
    expect(truth.nodes.some((entry) => entry.pending) && truth.nodes.some((entry) => entry.points < 0), 'the page has pending and debit entries to check').to.be.true;
    expect(shownCount(history)).to.equal('10 entries shown');
    expect(textOf(part(history, 'more-button'))).to.equal('Show more');
    await expect(history).to.be.accessible();
  });

  it('a partner without any activity: the empty message', async () => {
    const portal = await inPortal(persona('new').memberId, html`<partner-points-history></partner-points-history>`);
    const history = widget(portal, 'partner-points-history');
    await untilReady(history);

    const empty = inShadow(history, '.empty');
    expect(textOf(empty)).to.equal('No points activity yet. Orders, rewards and courses will show up here.');
    // Read where it is, not announced: the list speaks up only after the member filters it.
    expect(empty.closest('[role="status"]')).to.be.null;
    expect(entries(history)).to.have.length(0);
    expect(history.shadowRoot!.querySelector('[part="more-button"]')).to.be.null;
    await expect(history).to.be.accessible();
  });

  it('a filter with nothing in it: "nothing of this kind", the filter showing that kind', async () => {
    const reversals = await ledgerOf(silver.memberId, { types: ['REVERSAL'] });
    expect(reversals.nodes, 'the silver persona has no reversals').to.have.length(0);
    const portal = await inPortal(silver.memberId, html`<partner-points-history types="REVERSAL"></partner-points-history>`);
    const history = widget(portal, 'partner-points-history');
    await untilReady(history);

    expect(textOf(inShadow(history, '.empty'))).to.equal('Nothing of this kind yet.');
    const filter = part<HTMLSelectElement>(history, 'filter');
    expect(filter.value).to.equal('REVERSAL');
    expect(textOf(filter.selectedOptions[0])).to.equal('Reversed');
    await expect(history).to.be.accessible();
  });

  it('keyboard: Tab to the filter, pick another kind with the arrows, Tab to "Show more", Enter loads more', async () => {
    const accruals = await ledgerOf(silver.memberId, { types: ['ACCRUAL'] });
    expect(accruals.nodes.length, 'more than two pages of accruals').to.be.greaterThan(20);
    const portal = await inPortal(silver.memberId, html`<button>Before</button><partner-points-history></partner-points-history>`);
    const history = widget(portal, 'partner-points-history');
    await untilReady(history);
    portal.querySelector('button')!.focus();

    const filter = part<HTMLSelectElement>(history, 'filter');
    expect(await tabTo(filter), 'the filter is the first stop in the widget').to.equal(1);
    const since = await mark();
    const changed = oneEvent(portal, 'partner-filter-change') as Promise<PartnerFilterChangeEvent>;
    await press('ArrowDown');
    const event = await changed;
    expect(event.detail.types).to.deep.equal(['ACCRUAL']);
    expect(filter.value).to.equal('ACCRUAL');
    expect(history.getAttribute('types')).to.equal('ACCRUAL');

    await until(() => entries(history).every((li) => li.getAttribute('data-type') === 'ACCRUAL') && entries(history).length === 10, 'only earned points listed');
    expect(entries(history).map(readEntry)).to.deep.equal(accruals.nodes.slice(0, 10).map(expectedEntry));
    expect((await requestsSince(since)).map((request) => request.operations)).to.deep.equal([['PointsHistory']]);

    const more = part<HTMLButtonElement>(history, 'more-button');
    expect(await tabTo(more), '"Show more" is the next stop after the filter').to.equal(1);
    await press('Enter');
    await until(() => entries(history).length === 20, '20 entries after "Show more"');
    expect(entries(history).map(readEntry)).to.deep.equal(accruals.nodes.slice(0, 20).map(expectedEntry));
    expect(shownCount(history)).to.equal('20 entries shown');
    expect(focused() === part(history, 'more-button'), `focus stays on "Show more" (it is on ${focused()?.localName})`).to.be.true;

    await press('Enter');
    await until(() => entries(history).length === accruals.nodes.length, 'every accrual after the last page');
    expect(history.shadowRoot!.querySelector('[part="more-button"]'), 'no "Show more" after the last page').to.be.null;
    expect(shownCount(history)).to.equal(`${accruals.nodes.length} entries shown`);
    const firstOfLastPage = entries(history)[20];
    await until(() => focused() === firstOfLastPage, 'focus moves to the first entry the last page brought');
  });

  it('server down: the network message under the heading; retry lists the entries once it is back', async () => {
    await server.stop();
    const portal = await inPortal(silver.memberId, html`<partner-points-history></partner-points-history>`);
    const history = widget(portal, 'partner-points-history');
    const error = await untilError(history);
    expect(textOf(error.querySelector('p'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    expect(textOf(inShadow(history, 'h2'))).to.equal('Points history');
    await expect(history).to.be.accessible();

    await server.start();
    part(history, 'retry-button').click();
    await untilReady(history);
    const truth = await ledgerOf(silver.memberId, { first: 10 });
    expect(entries(history).map(readEntry)).to.deep.equal(truth.nodes.map(expectedEntry));
  });

  it('server down while showing more: the entries stay, with the message and a retry in place of "Show more"', async () => {
    const truth = await ledgerOf(silver.memberId, { first: 20 });
    const portal = await inPortal(silver.memberId, html`<partner-points-history></partner-points-history>`);
    const history = widget(portal, 'partner-points-history');
    await untilReady(history);

    await server.stop();
    part(history, 'more-button').click();
    const error = await untilError(history);
    expect(textOf(error.querySelector('p'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    expect(entries(history)).to.have.length(10);
    expect(history.shadowRoot!.querySelector('[part="more-button"]')).to.be.null;
    await expect(history).to.be.accessible();

    await server.start();
    part(history, 'retry-button').click();
    await until(() => entries(history).length === 20, '20 entries after the retry');
    expect(entries(history).map(readEntry)).to.deep.equal(truth.nodes.map(expectedEntry));
    expect(history.shadowRoot!.querySelector('[part~="error"]')).to.be.null;
    await settle();
    expect(shadowText(history)).to.contain('20 entries shown');
    expect(allInShadow(history, '[part="more-button"]')).to.have.length(1);
  });
});
