import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PartnerWebinarRegisterEvent, PartnerWebinarRegisteredEvent } from '../../src/events.js';
import type { PartnerWebinars } from '../../src/index.js';
import { fmt, focused, inShadow, isLoading, part, parts, press, shadowText, tabTo, textOf, until, untilError, untilReady } from './support/dom.js';
import { parseIcs, utcDateTime } from './support/ics.js';
import { admin, asMember, clock, createPartner, initialNow, mark, requestsSince, server, uniqueId } from './support/loyalty.js';
import { inPortal, settle, whileHeld, widget } from './support/mount.js';
import { persona } from './support/truth.js';

interface Webinar {
  id: string;
  title: string;
  description: string;
  presenter: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  seats: number;
  seatsLeft: number;
  registered: boolean;
  joinUrl: string | null;
  recordingUrl: string | null;
}

interface Truth {
  serverTime: string;
  upcoming: Webinar[];
  past: Webinar[];
}

const FIELDS = 'id title description presenter startsAt endsAt durationMinutes seats seatsLeft registered joinUrl recordingUrl';
const HOUR = 3_600_000;

/** The server's answer, asked as the member (not through the widget): the first page of each list, as the widget asks. */
async function truthOf(memberId: string, locale = 'en', first = 10): Promise<Truth> {
  const data = await asMember(
    memberId,
    `query($first: Int!) { serverTime upcoming: webinars(when: UPCOMING, first: $first) { nodes { ${FIELDS} } }
       past: webinars(when: PAST, first: $first) { nodes { ${FIELDS} } } }`,
    { first },
    locale,
  );
  return { serverTime: data.serverTime, upcoming: data.upcoming.nodes, past: data.past.nodes };
}

async function webinarOf(memberId: string, id: string): Promise<Webinar> {
  const truth = await truthOf(memberId, 'en', 50);
  const found = [...truth.upcoming, ...truth.past].find((webinar) => webinar.id === id);
  if (!found) throw new Error(`${id} is not listed for ${memberId}`);
  return found;
}

/** A webinar of the test's own, through the supplier's API; starts `hoursFromNow` after the server clock's start. */
async function createWebinar(options: { hoursFromNow: number; seats: number; minutes?: number; title?: string }): Promise<string> {
  const now = await initialNow();
  const title = options.title ?? `Test webinar ${uniqueId('w')}`;
  const { upsertWebinar } = await admin(`mutation($input: UpsertWebinarInput!) { upsertWebinar(input: $input) { id } }`, {
    input: {
      title: { en: title, nb: `${title} (nb)` },
      description: { en: `${title}: a webinar made by a browser test.` },
      presenter: 'Tess Presenter, test lead',
      startsAt: new Date(now.getTime() + options.hoursFromNow * HOUR).toISOString(),
      durationMinutes: options.minutes ?? 45,
      seats: options.seats,
      joinUrl: `https://meet.example/${encodeURIComponent(title)}`,
      recordingUrl: 'https://video.example/test.mp4',
    },
  });
  return upsertWebinar.id;
}

const register = (memberId: string, webinarId: string) =>
  asMember(memberId, `mutation($id: ID!) { registerWebinar(input: { webinarId: $id }) { id seatsLeft } }`, { id: webinarId });
const unregister = (memberId: string, webinarId: string) =>
  asMember(memberId, `mutation($id: ID!) { unregisterWebinar(input: { webinarId: $id }) { id seatsLeft } }`, { id: webinarId });

const itemOf = (host: Element, id: string) => inShadow(host, `li[data-id="${id}"]`);
const listItems = (host: Element, heading: string) => {
  const h3 = [...host.shadowRoot!.querySelectorAll('h3')].find((candidate) => textOf(candidate) === heading);
  if (!h3) throw new Error(`no list headed "${heading}"; the widget shows "${shadowText(host)}"`);
  const list = h3.nextElementSibling;
  return list?.localName === 'ul' ? [...list.querySelectorAll<HTMLElement>(':scope > li')] : [];
};

/** One webinar as a person reads it. */
function readItem(li: Element) {
  return {
    title: textOf(li.querySelector('h4')),
    meta: textOf(li.querySelector('.meta')),
    description: textOf(li.querySelector('.meta + p')),
    state: textOf(li.querySelector('.state')),
    buttons: [...li.querySelectorAll('button')].map(textOf),
    links: [...li.querySelectorAll('a')].map(textOf),
  };
}

/** The same webinar from the server's truth at `now`. */
function expectedItem(webinar: Webinar, now: number, list: 'upcoming' | 'past') {
  const start = Date.parse(webinar.startsAt);
  const meta = `${fmt.dateTime('en', webinar.startsAt)} · ${fmt.duration('en', webinar.durationMinutes * 60_000)} Presenter: ${webinar.presenter}`;
  if (list === 'past') {
    return { title: webinar.title, meta, description: webinar.description, state: '', buttons: [], links: webinar.recordingUrl ? ['Watch the recording'] : [] };
  }
  const countdown = now >= start ? 'Live now' : `Starts in ${fmt.duration('en', start - now)}`;
  const seats = webinar.seatsLeft === 1 ? 'One seat left' : webinar.seatsLeft ? `${fmt.number('en', webinar.seatsLeft)} seats left` : 'Full';
  return {
    title: webinar.title,
    meta,
    description: webinar.description,
    state: [countdown, seats, webinar.registered ? 'You’re registered' : ''].filter(Boolean).join(' · '),
    buttons: webinar.registered ? ['Unregister'] : webinar.seatsLeft ? ['Register'] : [],
    links: webinar.registered && webinar.joinUrl ? ['Join the webinar', 'Add to calendar'] : [],
  };
}

async function mount(memberId: string, options: { locale?: string; before?: boolean } = {}) {
  const portal = await inPortal(memberId, html`${options.before ? html`<button>Before</button>` : null}<partner-webinars></partner-webinars>`, { locale: options.locale });
  const webinars = widget<PartnerWebinars>(portal, 'partner-webinars');
  await untilReady(webinars);
  return { portal, webinars };
}

const button = (host: Element, id: string, name: string) => itemOf(host, id).querySelector<HTMLElement>(`[part~="${name}"]`);
const seatsShown = (host: Element, id: string) => textOf(itemOf(host, id).querySelector('[part="seats"]'));
const seatsText = (left: number) => (left === 1 ? 'One seat left' : left ? `${left} seats left` : 'Full');

describe('<partner-webinars>', () => {
  afterEach(() => server.restore());

  it('loading: placeholders hidden from assistive technology, the size kept, then the webinars', async () => {
    const { result: portal, requests } = await whileHeld(() => inPortal(persona('gold').memberId, html`<partner-webinars></partner-webinars>`));
    const webinars = widget(portal, 'partner-webinars');
    expect(isLoading(webinars)).to.be.true;
    expect(textOf(inShadow(webinars, 'h2'))).to.equal('Webinars');
    expect(inShadow(webinars, 'ul').getAttribute('aria-hidden')).to.equal('true');
    const height = webinars.getBoundingClientRect().height;
    await expect(webinars).to.be.accessible();
    expect(requests.flatMap((request) => request.operations)).to.deep.equal(['Webinars']);

    await server.release();
    await untilReady(webinars);
    expect(webinars.getBoundingClientRect().height, 'the placeholders reserve room').to.be.at.least(height);
  });

  it('lists upcoming and past webinars as the API has them: when, how long, who, countdown on the server’s clock, seats, registration, recordings', async () => {
    const gold = persona('gold');
    const truth = await truthOf(gold.memberId);
    const now = Date.parse(truth.serverTime);
    const { webinars } = await mount(gold.memberId);

    expect(listItems(webinars, 'Upcoming').map(readItem)).to.deep.equal(truth.upcoming.map((webinar) => expectedItem(webinar, now, 'upcoming')));
    expect(listItems(webinars, 'Past').map(readItem)).to.deep.equal(truth.past.map((webinar) => expectedItem(webinar, now, 'past')));
    // The demo has every state: seats to spare, one seat left, fully booked; recorded and not.
    expect(truth.upcoming.map((webinar) => seatsText(webinar.seatsLeft))).to.include.members(['One seat left', 'Full']);
    expect(truth.past.some((webinar) => webinar.recordingUrl) && truth.past.some((webinar) => !webinar.recordingUrl)).to.be.true;
    const full = truth.upcoming.find((webinar) => !webinar.seatsLeft && !webinar.registered)!;
    expect(button(webinars, full.id, 'register-button'), 'nothing to register for when it is full').to.be.null;
    expect(itemOf(webinars, full.id).querySelector('[part="seats"]')!.hasAttribute('data-full')).to.be.true;
    // The gold persona is registered for one: its join link is the server's.
    const mine = truth.upcoming.find((webinar) => webinar.registered)!;
    expect(button(webinars, mine.id, 'join-link')!.getAttribute('href')).to.equal(mine.joinUrl);
    expect(inShadow(webinars, `li[data-id="${mine.id}"] time`).getAttribute('datetime')).to.equal(mine.startsAt);
    await expect(webinars).to.be.accessible();
  });

  it('past webinars link to their recording', async () => {
    const gold = persona('gold');
    const truth = await truthOf(gold.memberId);
    const { webinars } = await mount(gold.memberId);
    const recorded = truth.past.filter((webinar) => webinar.recordingUrl);
    expect(recorded.length).to.be.greaterThan(0);
    for (const webinar of recorded) {
      const link = button(webinars, webinar.id, 'recording-link')!;
      expect(link.getAttribute('href')).to.equal(webinar.recordingUrl);
      expect(textOf(link)).to.equal('Watch the recording');
    }
    for (const webinar of truth.past.filter((candidate) => !candidate.recordingUrl)) expect(button(webinars, webinar.id, 'recording-link')).to.be.null;
    for (const li of listItems(webinars, 'Past')) expect(li.querySelector('button'), 'nothing to register for after the event').to.be.null;
  });

  it('register and unregister: events, the seats the server counts, the join link, a confirm step before giving the seat up', async () => {
    const { memberId } = await createPartner();
    const id = 'web_xr18_lineup';
    const before = await webinarOf(memberId, id);
    const { portal, webinars } = await mount(memberId);
    expect(seatsShown(webinars, id)).to.equal(seatsText(before.seatsLeft));

    const asked = oneEvent(portal, 'partner-webinar-register') as Promise<PartnerWebinarRegisterEvent>;
    const done = oneEvent(portal, 'partner-webinar-registered') as Promise<PartnerWebinarRegisteredEvent>;
    const registerButton = button(webinars, id, 'register-button')!;
    registerButton.click();
    const request = await asked;
    expect(request.cancelable && request.bubbles && request.composed).to.be.true;
    expect(request.detail).to.deep.equal({ webinarId: id, action: 'register' });
    // At once, before the server answers: the seat shows as taken.
    expect(textOf(registerButton)).to.equal('Registering…');
    expect(registerButton.getAttribute('aria-disabled')).to.equal('true');
    expect((await done).detail).to.deep.equal({ webinarId: id, registered: true });

    const registered = await webinarOf(memberId, id);
    expect(registered.registered).to.be.true;
    expect(registered.seatsLeft).to.equal(before.seatsLeft - 1);
    await until(() => readItem(itemOf(webinars, id)).links.length === 2, 'the join and calendar links');
    expect(readItem(itemOf(webinars, id))).to.deep.equal(expectedItem(registered, Date.parse((await truthOf(memberId)).serverTime), 'upcoming'));
    expect(button(webinars, id, 'join-link')!.getAttribute('href')).to.equal(registered.joinUrl);
    expect(textOf(itemOf(webinars, id).querySelector('[role="status"]'))).to.equal('You’re registered');
    await expect(webinars).to.be.accessible();

    button(webinars, id, 'unregister-button')!.click();
    await until(() => button(webinars, id, 'confirm'), 'the confirm step');
    const confirm = button(webinars, id, 'confirm')!;
    expect(focused()).to.equal(confirm);
    expect(textOf(confirm.querySelector('p'))).to.equal('Give up your seat?');
    expect(confirm.getAttribute('role')).to.equal('group');
    expect((await webinarOf(memberId, id)).registered, 'nothing sent before the confirm').to.be.true;
    await expect(webinars).to.be.accessible();

    const unasked = oneEvent(portal, 'partner-webinar-register') as Promise<PartnerWebinarRegisterEvent>;
    const undone = oneEvent(portal, 'partner-webinar-registered') as Promise<PartnerWebinarRegisteredEvent>;
    button(webinars, id, 'confirm-button')!.click();
    expect((await unasked).detail).to.deep.equal({ webinarId: id, action: 'unregister' });
    expect((await undone).detail).to.deep.equal({ webinarId: id, registered: false });
    const after = await webinarOf(memberId, id);
    expect(after).to.include({ registered: false, seatsLeft: before.seatsLeft });
    await until(() => seatsShown(webinars, id) === seatsText(after.seatsLeft) && button(webinars, id, 'register-button'), 'the seat given back');
    expect(readItem(itemOf(webinars, id)).links).to.deep.equal([]);
    expect(textOf(itemOf(webinars, id).querySelector('[role="status"]'))).to.equal('You gave up your seat.');
    expect(focused(), 'focus on the webinar, where the outcome is read').to.equal(itemOf(webinars, id));
    await expect(webinars).to.be.accessible();
  });

  it('the host vetoes with preventDefault: nothing is sent', async () => {
    const { memberId } = await createPartner();
    const id = 'web_fleet_cases';
    const { portal, webinars } = await mount(memberId);
    portal.addEventListener('partner-webinar-register', (event) => event.preventDefault(), { once: true });
    const since = await mark();
    button(webinars, id, 'register-button')!.click();
    await settle();
    expect((await requestsSince(since)).flatMap((request) => request.operations)).to.not.include('RegisterWebinar');
    expect(readItem(itemOf(webinars, id)).buttons).to.deep.equal(['Register']);
    expect((await webinarOf(memberId, id)).registered).to.be.false;
  });

  it('seat limit: the last seat taken meanwhile by another member is explained in place (WEBINAR_FULL); the webinar then shows Full', async () => {
    const id = await createWebinar({ hoursFromNow: 60, seats: 3 });
    // Fill it with other partners through the API until one seat is left.
    for (let i = 0; i < 2; i++) await register((await createPartner()).memberId, id);
    const { memberId } = await createPartner();
    const { webinars } = await mount(memberId);
    expect(seatsShown(webinars, id)).to.equal('One seat left');

    // Someone else takes the last seat while the page is open.
    await register((await createPartner()).memberId, id);
    button(webinars, id, 'register-button')!.click();
    await until(() => itemOf(webinars, id).querySelector('[part~="error"]'), 'the failure next to the webinar');
    const error = itemOf(webinars, id).querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.equal('Someone just took the last seat: this webinar is full.');
    await until(() => seatsShown(webinars, id) === 'Full', 'Full');
    expect(button(webinars, id, 'register-button')).to.be.null;
    expect(readItem(itemOf(webinars, id)).state).to.not.include('registered');
    expect(focused(), 'focus on the webinar instead of falling to the page').to.equal(itemOf(webinars, id));
    const truth = await webinarOf(memberId, id);
    expect(truth).to.include({ registered: false, seatsLeft: 0 });
    await expect(webinars).to.be.accessible();
  });

  it('already registered in another window (ALREADY_REGISTERED) or already unregistered (NOT_FOUND): the list is brought up to date', async () => {
    const { memberId } = await createPartner();
    const id = 'web_fleet_cases';
    const { webinars } = await mount(memberId);
    await register(memberId, id);
    button(webinars, id, 'register-button')!.click();
    await until(() => button(webinars, id, 'join-link'), 'registered, with the join link, as the server says');
    expect(itemOf(webinars, id).querySelector('[part~="error"]')).to.be.null;
    expect(seatsShown(webinars, id)).to.equal(seatsText((await webinarOf(memberId, id)).seatsLeft));

    await unregister(memberId, id);
    button(webinars, id, 'unregister-button')!.click();
    await until(() => button(webinars, id, 'confirm-button'), 'the confirm step');
    button(webinars, id, 'confirm-button')!.click();
    await until(() => button(webinars, id, 'register-button'), 'not registered, as the server says');
    expect(itemOf(webinars, id).querySelector('[part~="error"]')).to.be.null;
    const seats = seatsText((await webinarOf(memberId, id)).seatsLeft);
    await until(() => seatsShown(webinars, id) === seats, 'the seats the server counts');
    await expect(webinars).to.be.accessible();
  });

  it('live now, then over before the member registers (NOT_AVAILABLE): explained, and the webinar moves to Past', async () => {
    // Started 30 minutes ago, ends in 5 (well within the widget token's 15 minutes).
    const id = await createWebinar({ hoursFromNow: -0.5, seats: 20, minutes: 35 });
    const { memberId } = await createPartner();
    const { webinars } = await mount(memberId);
    const countdown = itemOf(webinars, id).querySelector('[part="countdown"]')!;
    expect(textOf(countdown)).to.equal('Live now');
    expect(countdown.hasAttribute('data-live')).to.be.true;

    await clock.set(new Date((await initialNow()).getTime() + 6 * 60_000));
    button(webinars, id, 'register-button')!.click();
    await until(() => listItems(webinars, 'Past').some((li) => li.dataset.id === id), 'the webinar among the past ones');
    const error = itemOf(webinars, id).querySelector('[part~="error"]')!;
    expect(textOf(error)).to.equal('This webinar is over.');
    expect(listItems(webinars, 'Upcoming').some((li) => li.dataset.id === id)).to.be.false;
    expect((await webinarOf(memberId, id)).registered).to.be.false;
    await expect(webinars).to.be.accessible();
  });

  it('"Add to calendar" gives a valid iCalendar file: the event in UTC as the server has it, the join link, escaped, CRLF, folded at 75 octets', async () => {
    const { memberId } = await createPartner();
    const title = `Fixing, anchoring; and "more" — ${uniqueId('ics')}`;
    const webinarId = await createWebinar({ hoursFromNow: 100, seats: 5, minutes: 75, title });
    await register(memberId, webinarId);
    const truth = await truthOf(memberId, 'en', 50);
    const webinar = truth.upcoming.find((candidate) => candidate.id === webinarId)!;
    const { webinars } = await mount(memberId);

    const link = button(webinars, webinarId, 'calendar-link') as HTMLAnchorElement;
    expect(textOf(link)).to.equal('Add to calendar');
    expect(link.getAttribute('download')).to.equal(`${title}.ics`);
    expect(link.href).to.match(/^blob:/);
    const response = await fetch(link.href);
    expect(response.headers.get('content-type')).to.equal('text/calendar');
    const ics = parseIcs(await response.text());

    expect(ics.problems).to.deep.equal([]);
    expect(ics.structure).to.deep.equal(['VCALENDAR', 'VEVENT', '/VEVENT', '/VCALENDAR']);
    expect(ics.lines.slice(0, 3)).to.deep.equal(['BEGIN:VCALENDAR', 'VERSION:2.0', ics.lines[2]]);
    expect(ics.lines[2]).to.match(/^PRODID:/);
    expect(ics.event.UID).to.equal(`${webinarId}@partner-portal`);
    expect(utcDateTime(ics.event.DTSTART), 'DTSTART is the server’s startsAt, in UTC').to.equal(new Date(webinar.startsAt).toISOString());
    expect(utcDateTime(ics.event.DTEND), 'DTEND is startsAt + durationMinutes').to.equal(new Date(Date.parse(webinar.startsAt) + webinar.durationMinutes * 60_000).toISOString());
    expect(utcDateTime(ics.event.DTSTAMP)).to.equal(new Date(truth.serverTime).toISOString());
    expect(ics.event.SUMMARY).to.equal(title);
    expect(ics.event.DESCRIPTION).to.equal(`${webinar.description}\n\nPresenter: ${webinar.presenter}\nJoin the webinar: ${webinar.joinUrl}`);
    expect(ics.event.URL).to.equal(webinar.joinUrl);
    expect(ics.physical.length, 'the long description is folded').to.be.greaterThan(ics.lines.length);
  });

  it('the .ics in Thai: folded between characters, never inside one', async () => {
    const { memberId } = await createPartner();
    const id = 'web_xr18_lineup';
    await register(memberId, id);
    const webinar = (await truthOf(memberId, 'th')).upcoming.find((candidate) => candidate.id === id)!;
    const { webinars } = await mount(memberId, { locale: 'th' });
    const response = await fetch((button(webinars, id, 'calendar-link') as HTMLAnchorElement).href);
    const ics = parseIcs(await response.text());
    expect(ics.problems).to.deep.equal([]);
    expect(ics.event.SUMMARY).to.equal(webinar.title);
    expect(ics.event.DESCRIPTION).to.equal(`${webinar.description}\n\nผู้บรรยาย: ${webinar.presenter}\nเข้าร่วมเว็บบินาร์: ${webinar.joinUrl}`);
    expect(ics.physical.length).to.be.greaterThan(ics.lines.length);
  });

  it('keyboard only: Tab to Register, Enter; Enter opens the confirm step, Escape keeps the seat; Tab to "Yes, unregister", Enter', async () => {
    const { memberId } = await createPartner();
    const id = 'web_fleet_cases';
    const { portal, webinars } = await mount(memberId, { before: true });
    portal.querySelector('button')!.focus();

    await tabTo(button(webinars, id, 'register-button')!, 20);
    await press('Enter');
    await until(() => button(webinars, id, 'join-link'), 'registered');
    expect(focused(), 'focus stays on the button, now Unregister').to.equal(button(webinars, id, 'unregister-button'));
    expect((await webinarOf(memberId, id)).registered).to.be.true;
    expect(await tabTo(button(webinars, id, 'join-link')!)).to.equal(1);
    expect(await tabTo(button(webinars, id, 'calendar-link')!)).to.equal(1);
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(focused()).to.equal(button(webinars, id, 'unregister-button'));

    await press('Enter');
    await until(() => focused() === button(webinars, id, 'confirm'), 'focus on the confirm step');
    await press('Escape');
    await until(() => focused() === button(webinars, id, 'unregister-button'), 'focus back on Unregister');
    expect(button(webinars, id, 'confirm')).to.be.null;

    await press('Enter');
    await until(() => button(webinars, id, 'confirm-button'), 'the confirm step');
    expect(await tabTo(button(webinars, id, 'confirm-button')!)).to.equal(1);
    await press('Enter');
    await until(() => button(webinars, id, 'register-button'), 'unregistered');
    await until(() => focused() === itemOf(webinars, id), 'focus on the webinar');
    expect((await webinarOf(memberId, id)).registered).to.be.false;
  });

  it('one GraphQL request for both lists at first load', async () => {
    const since = await mark();
    await mount(persona('silver').memberId);
    await settle();
    const requests = await requestsSince(since);
    expect(requests).to.have.length(1);
    expect(requests[0]!.operations).to.deep.equal(['Webinars']);
  });

  it('"Show more" follows each list’s cursor', async () => {
    const gold = persona('gold');
    const truth = await truthOf(gold.memberId, 'en', 50);
    expect(truth.past.length).to.be.at.least(2);
    const portal = await inPortal(gold.memberId, html`<partner-webinars page-size="1"></partner-webinars>`);
    const webinars = widget(portal, 'partner-webinars');
    await untilReady(webinars);
    expect(listItems(webinars, 'Past').map((li) => li.dataset.id)).to.deep.equal([truth.past[0]!.id]);
    const more = parts(webinars, 'more-button');
    expect(more).to.have.length(2);
    more[1]!.click();
    await until(() => listItems(webinars, 'Past').length === 2, 'two past webinars');
    expect(listItems(webinars, 'Past').map((li) => li.dataset.id)).to.deep.equal(truth.past.slice(0, 2).map((webinar) => webinar.id));
    expect(listItems(webinars, 'Upcoming')).to.have.length(1);
  });

  it('nothing past yet, then nothing upcoming: each list says so', async () => {
    const start = await initialNow();
    await clock.set(new Date(start.getTime() - 400 * 24 * HOUR));
    const early = await mount(persona('gold').memberId);
    expect(listItems(early.webinars, 'Past')).to.have.length(0);
    expect(textOf(inShadow(early.webinars, 'h3 + .empty'))).to.equal('No past webinars yet.');
    expect(listItems(early.webinars, 'Upcoming').length).to.be.greaterThan(0);
    await expect(early.webinars).to.be.accessible();

    await clock.set(new Date(start.getTime() + 3650 * 24 * HOUR));
    const late = await mount(persona('gold').memberId);
    expect(listItems(late.webinars, 'Upcoming')).to.have.length(0);
    expect(textOf(inShadow(late.webinars, '.empty'))).to.equal('No webinars planned yet.');
    expect(listItems(late.webinars, 'Past').length).to.be.greaterThan(0);
    await expect(late.webinars).to.be.accessible();
  });

  it('server down: the network message and retry', async () => {
    await server.stop();
    const portal = await inPortal(persona('gold').memberId, html`<partner-webinars></partner-webinars>`);
    const webinars = widget(portal, 'partner-webinars');
    const error = await untilError(webinars);
    expect(textOf(error.querySelector('p'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    await expect(webinars).to.be.accessible();
    await server.start();
    part(webinars, 'retry-button').click();
    await untilReady(webinars);
    expect(listItems(webinars, 'Upcoming').length).to.be.greaterThan(0);
  });

  const LOCALES = [
    { locale: 'th', heading: 'เว็บบินาร์', lists: ['ที่กำลังจะมาถึง', 'ที่ผ่านมาแล้ว'], presenter: 'ผู้บรรยาย', startsIn: 'เริ่มในอีก' },
    { locale: 'nb', heading: 'Webinarer', lists: ['Kommende', 'Tidligere'], presenter: 'Foredragsholder', startsIn: 'Starter om' },
    { locale: 'ms', heading: 'Webinar', lists: ['Akan datang', 'Lepas'], presenter: 'Penyampai', startsIn: 'Bermula dalam' },
  ];
  for (const { locale, heading, lists, presenter, startsIn } of LOCALES) {
    it(`speaks ${locale}: texts, titles from the server, dates and durations as ${locale} writes them`, async () => {
      const gold = persona('gold');
      const truth = await truthOf(gold.memberId, locale);
      const now = Date.parse(truth.serverTime);
      const { webinars } = await mount(gold.memberId, { locale });
      await until(() => textOf(inShadow(webinars, 'h2')) === heading, `the ${locale} heading`);
      expect([...webinars.shadowRoot!.querySelectorAll('h3')].map(textOf)).to.deep.equal(lists);
      const first = truth.upcoming.find((webinar) => Date.parse(webinar.startsAt) > now);
      const item = readItem(itemOf(webinars, first!.id));
      expect(item.title).to.equal(first!.title);
      expect(item.meta).to.equal(`${fmt.dateTime(locale, first!.startsAt)} · ${fmt.duration(locale, first!.durationMinutes * 60_000)} ${presenter}: ${first!.presenter}`);
      expect(item.state.startsWith(`${startsIn} ${fmt.duration(locale, Date.parse(first!.startsAt) - now)}`), item.state).to.be.true;
      expect(listItems(webinars, lists[1]!).map((li) => readItem(li).title)).to.deep.equal(truth.past.map((webinar) => webinar.title));
      await expect(webinars).to.be.accessible();
    });
  }
});
