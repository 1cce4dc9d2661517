import { expect, html } from '@open-wc/testing';
import { allInShadow, fmt, inShadow, isLoading, part, parts, shadowText, textOf, until, untilError, untilReady } from './support/dom.js';
import { asMember, clock, server } from './support/loyalty.js';
import { inPortal, whileHeld, widget } from './support/mount.js';
import { persona } from './support/truth.js';
import { PARTNERS as DEMO_PARTNERS } from '../../server/src/seed/demo-partners.js';

interface Row {
  rank: number;
  displayName: string;
  anonymized: boolean;
  score: number;
  isViewer: boolean;
}

interface Challenge {
  title: string;
  description: string;
  metric: 'POINTS_EARNED' | 'ORDER_VOLUME';
  startsAt: string;
  endsAt: string;
  eligibility: string;
  viewerEligible: boolean;
  prizes: { rank: number; label: string; points: number }[];
  leaderboard: Row[];
  viewerRow: Row | null;
}

/** What the server says, asked as the member (not through the widget). */
async function truthOf(memberId: string, first = 10, locale = 'en'): Promise<{ serverTime: string; challenge: Challenge | null }> {
  const data = await asMember(
    memberId,
    `query($first: Int!) { serverTime currentChallenge { title description metric startsAt endsAt eligibility viewerEligible
        prizes { rank label points }
        leaderboard(first: $first) { rank displayName anonymized score isViewer }
        viewerRow { rank displayName anonymized score isViewer } } }`,
    { first },
    locale,
  );
  return { serverTime: data.serverTime, challenge: data.currentChallenge };
}

/** The demo's partner companies by name, and whether each opted in to be named on leaderboards (the seed's own list). */
const optedIn = new Map(DEMO_PARTNERS.map((partner) => [partner.name, partner.leaderboardOptIn]));

const rowsOf = (host: Element) =>
  parts(host, 'row').map((tr) => ({
    cells: [...tr.children].map(textOf),
    own: tr.getAttribute('part') === 'row own',
    current: tr.getAttribute('aria-current'),
    anonymous: tr.querySelector('th')!.classList.contains('anonymous'),
  }));

async function mount(memberId: string, options: { locale?: string; rows?: number } = {}) {
  const portal = await inPortal(memberId, html`<partner-leaderboard rows=${options.rows ?? 10}></partner-leaderboard>`, { locale: options.locale ?? 'en' });
  const leaderboard = widget(portal, 'partner-leaderboard');
  await untilReady(leaderboard);
  return leaderboard;
}

describe('<partner-leaderboard>', () => {
  afterEach(() => server.restore());

  it('shows placeholders while loading, busy, hidden from assistive technology', async () => {
    const { result: portal } = await whileHeld(() => inPortal(persona('new').memberId, html`<partner-leaderboard></partner-leaderboard>`));
    const leaderboard = widget(portal, 'partner-leaderboard');
    expect(isLoading(leaderboard)).to.be.true;
    expect(textOf(inShadow(leaderboard, 'h2'))).to.equal('Monthly challenge');
    const height = leaderboard.getBoundingClientRect().height;
    await expect(leaderboard).to.be.accessible();
    await server.release();
    await untilReady(leaderboard);
    expect(leaderboard.getBoundingClientRect().height).to.be.at.least(height * 0.9);
  });

  it('shows the challenge, its prizes and the ranking as a table; the own row highlighted; others by name only if they opted in', async () => {
    const newcomer = persona('new');
    // The whole board: partners other test files create join the newcomers' challenge too, and
    // may outrank (or tie with) the persona, pushing it out of the first ten rows.
    const { serverTime, challenge } = await truthOf(newcomer.memberId, 50);
    expect(challenge, 'the seeded challenge runs').to.exist;
    expect(challenge!.viewerEligible, 'the new partner may take part').to.be.true;
    expect(challenge!.leaderboard.some((row) => row.isViewer), 'the persona is on the whole board').to.be.true;
    const leaderboard = await mount(newcomer.memberId, { rows: 50 });

    const end = Date.parse(challenge!.endsAt);
    expect(textOf(inShadow(leaderboard, 'h3'))).to.equal(challenge!.title);
    expect(shadowText(leaderboard)).to.contain(challenge!.description).and.contain(`Open to: ${challenge!.eligibility}`);
    expect(textOf(part(leaderboard, 'countdown'))).to.equal(`Ends in ${fmt.duration('en', end - Date.parse(serverTime))}`);
    expect(shadowText(leaderboard)).to.contain(`${fmt.date('en', challenge!.startsAt)} – ${fmt.date('en', new Date(end - 1).toISOString())}`);
    expect(allInShadow(leaderboard, '[part="prizes"] li').map(textOf)).to.deep.equal(challenge!.prizes.map((prize) => `Rank ${prize.rank}: ${prize.label}`));
    expect(leaderboard.shadowRoot!.querySelector('[part="not-eligible"]')).to.be.null;

    // A real table: caption, column headers, a row header per partner.
    const table = part<HTMLTableElement>(leaderboard, 'table');
    expect(table.localName).to.equal('table');
    expect(textOf(table.caption)).to.equal('Ranking');
    expect([...table.tHead!.querySelectorAll('th')].map((th) => [textOf(th), th.getAttribute('scope')])).to.deep.equal([
      ['Rank', 'col'],
      ['Partner', 'col'],
      ['Points earned', 'col'],
    ]);
    expect(allInShadow(leaderboard, 'tbody th').every((th) => th.getAttribute('scope') === 'row')).to.be.true;

    expect(rowsOf(leaderboard)).to.deep.equal(
      challenge!.leaderboard.map((row) => ({
        cells: [String(row.rank), row.isViewer ? `${row.displayName} (You)` : row.displayName, fmt.number('en', row.score)],
        own: row.isViewer,
        current: row.isViewer ? 'true' : null,
        anonymous: row.anonymized && !row.isViewer,
      })),
    );
    const own = inShadow(leaderboard, '[part="row own"]');
    expect(getComputedStyle(own).backgroundColor, 'the own row stands out').to.not.equal(getComputedStyle(parts(leaderboard, 'row').find((tr) => tr !== own)!).backgroundColor);

    // The partners that did not opt in are never named; those that did are; the viewer sees its own name.
    const optIn = optedIn;
    const text = shadowText(leaderboard);
    for (const row of challenge!.leaderboard.filter((candidate) => !candidate.isViewer)) {
      if (row.anonymized) expect(row.displayName).to.match(/^Partner [0-9A-F]{6}$/);
      else expect(optIn.get(row.displayName), `${row.displayName} opted in`).to.be.true;
    }
    const hidden = [...optIn].filter(([name, opted]) => !opted && name !== 'Ålesund Bygg AS').map(([name]) => name);
    for (const name of hidden) expect(text, `${name} is not named`).to.not.contain(name);
    expect(challenge!.leaderboard.some((row) => row.anonymized && !row.isViewer), 'someone on the board is anonymous').to.be.true;
    expect(challenge!.leaderboard.some((row) => !row.anonymized), 'someone on the board opted in').to.be.true;
    expect(textOf(own)).to.contain('Ålesund Bygg AS');
    await expect(leaderboard).to.be.accessible();
  });

  it('gives the own rank below the table when it is outside the rows shown', async () => {
    const newcomer = persona('new');
    const { challenge } = await truthOf(newcomer.memberId, 2);
    const own = challenge!.viewerRow!;
    expect(own.rank, 'the new partner ranks below the top two').to.be.greaterThan(2);
    const leaderboard = await mount(newcomer.memberId, { rows: 2 });
    expect(parts(leaderboard, 'row')).to.have.length(2);
    expect(leaderboard.shadowRoot!.querySelector('[part="row own"]')).to.be.null;
    expect(textOf(part(leaderboard, 'own-rank'))).to.equal(`Your rank: ${own.rank} (${fmt.number('en', own.score)})`);
    await expect(leaderboard).to.be.accessible();
  });

  it('tells a partner that may not take part so, with the ranking to follow and no own row', async () => {
    const gold = persona('gold');
    const { challenge } = await truthOf(gold.memberId);
    expect(challenge!.viewerEligible).to.be.false;
    const leaderboard = await mount(gold.memberId);
    expect(textOf(part(leaderboard, 'not-eligible'))).to.equal('Your company is not eligible for this challenge, but you can follow the ranking.');
    expect(leaderboard.shadowRoot!.querySelector('[part="row own"]')).to.be.null;
    expect(leaderboard.shadowRoot!.querySelector('[part="own-rank"]')).to.be.null;
    expect(parts(leaderboard, 'row')).to.have.length(challenge!.leaderboard.length);
    await expect(leaderboard).to.be.accessible();
  });

  it('says so when no challenge runs', async () => {
    const { challenge } = await truthOf(persona('new').memberId);
    await clock.set(challenge!.endsAt);
    expect((await truthOf(persona('new').memberId)).challenge).to.be.null;
    const leaderboard = await mount(persona('new').memberId);
    expect(shadowText(leaderboard)).to.equal('Monthly challenge No challenge is running right now.');
    await expect(leaderboard).to.be.accessible();
  });

  it('counts down to the end without asking again, and says politely when it has ended', async () => {
    const { challenge } = await truthOf(persona('new').memberId);
    await clock.set(new Date(Date.parse(challenge!.endsAt) - 2_000));
    const leaderboard = await mount(persona('new').memberId);
    expect(textOf(part(leaderboard, 'countdown'))).to.equal('Ends in 1 min');
    const status = inShadow(leaderboard, '[role="status"]');
    expect(status.textContent!.trim()).to.equal('');
    await until(() => textOf(part(leaderboard, 'countdown')) === 'The challenge has ended.', 'the end on screen', 6000);
    expect(status.textContent!.trim()).to.equal('The challenge has ended.');
    expect(part(leaderboard, 'countdown').closest('[role="status"], [aria-live]'), 'the countdown itself is not spoken').to.be.null;
  });

  it('has nothing to stop keyboard users: Tab goes past it', async () => {
    const portal = await inPortal(persona('new').memberId, html`<button id="before">before</button><partner-leaderboard></partner-leaderboard><button id="after">after</button>`);
    const leaderboard = widget(portal, 'partner-leaderboard');
    await untilReady(leaderboard);
    portal.querySelector<HTMLButtonElement>('#before')!.focus();
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });

  it('server down: the network message, and retry brings the board', async () => {
    await server.stop();
    const portal = await inPortal(persona('new').memberId, html`<partner-leaderboard></partner-leaderboard>`);
    const leaderboard = widget(portal, 'partner-leaderboard');
    await untilError(leaderboard);
    await expect(leaderboard).to.be.accessible();
    await server.start();
    part(leaderboard, 'retry-button').click();
    await untilReady(leaderboard);
  });

  for (const [locale, heading, rank] of [
    ['nb', 'Månedens konkurranse', 'Plass'],
    ['th', 'การแข่งขันประจำเดือน', 'อันดับ'],
    ['ms', 'Cabaran bulanan', 'Kedudukan'],
  ] as const) {
    it(`speaks ${locale}`, async () => {
      const newcomer = persona('new');
      const { serverTime, challenge } = await truthOf(newcomer.memberId, 10, locale);
      const leaderboard = await mount(newcomer.memberId, { locale });
      expect(textOf(inShadow(leaderboard, 'h2'))).to.equal(heading);
      expect(textOf(inShadow(leaderboard, 'h3'))).to.equal(challenge!.title);
      expect(textOf(inShadow(leaderboard, 'thead th'))).to.equal(rank);
      const spaced = (text: string) => text.replace(/\s+/g, ' ');
      expect(textOf(part(leaderboard, 'countdown'))).to.contain(spaced(fmt.duration(locale, Date.parse(challenge!.endsAt) - Date.parse(serverTime))));
      expect(shadowText(leaderboard)).to.contain(spaced(fmt.date(locale, challenge!.startsAt)));
      await expect(leaderboard).to.be.accessible();
    });
  }
});
