import { expect, fixture, html } from '@open-wc/testing';
import type { PartnerErrorEvent, PartnerFilterChangeEvent, PartnerLoadEvent } from '../../src/events.js';
import type { PartnerPortal } from '../../src/index.js';
import { availableShown, fmt, hasError, isLoading, part, press, shadowText, tabTo, until, untilReady } from './support/dom.js';
import { apiUrl, mark, requestsSince, server, tokenFor, type ServerRequest } from './support/loyalty.js';
import { inPortal, settle, whileHeld, widget } from './support/mount.js';
import { persona, pointsOf } from './support/truth.js';

const silver = persona('silver');

describe('connecting and disconnecting', () => {
  afterEach(() => server.restore());

  it('a widget removed right after it was added sends nothing and reports nothing', async () => {
    const portal = await inPortal(silver.memberId, html``);
    const errors: Event[] = [];
    portal.addEventListener('partner-error', (event) => errors.push(event));
    const since = await mark();

    const balance = document.createElement('partner-points-balance');
    portal.append(balance);
    await (balance as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    balance.remove();
    await settle();

    expect(await requestsSince(since)).to.have.length(0);
    expect(portal.client!.requestCount).to.equal(0);
    expect(errors).to.have.length(0);
  });

  it('removing a widget while its request is in flight aborts the request; back in the page it loads afresh', async () => {
    const { result: portal, requests } = await whileHeld(() => inPortal(silver.memberId, html`<partner-points-balance></partner-points-balance>`));
    const balance = widget(portal, 'partner-points-balance');
    const events: string[] = [];
    for (const type of ['partner-error', 'partner-load']) portal.addEventListener(type, () => events.push(type));
    expect(isLoading(balance)).to.be.true;

    balance.remove();
    let seen: ServerRequest[] = [];
    await until(async () => (seen = await requestsSince(requests[0].seq - 1))[0]?.aborted, 'the server to see the browser give up the request');
    await server.release();
    await settle();
    expect(seen[0].answered, 'never answered').to.be.false;
    expect(events, 'no error and no load for an aborted request').to.deep.equal([]);
    expect(hasError(balance), `no error state; it shows "${shadowText(balance)}"`).to.be.false;

    // Nothing half-done was cached: put back, it asks the server again and shows the balance.
    const since = await mark();
    portal.append(balance);
    await untilReady(balance);
    expect(availableShown(balance)).to.equal(fmt.number('en', (await pointsOf(silver.memberId)).available));
    expect((await requestsSince(since)).map((request) => request.operations)).to.deep.equal([['PointsBalance']]);
    expect(events).to.deep.equal(['partner-load']);
  });

  it('one of two widgets sharing a request leaves: the request goes on for the other', async () => {
    const { result: portal } = await whileHeld(() => inPortal(silver.memberId, html`<partner-points-balance></partner-points-balance><partner-points-balance></partner-points-balance>`));
    const [first, second] = portal.querySelectorAll('partner-points-balance');
    first.remove();
    await server.release();
    await untilReady(second);
    expect(availableShown(second)).to.equal(fmt.number('en', (await pointsOf(silver.memberId)).available));
  });

  it('a widget moved elsewhere in the page while loading still shows its data', async () => {
    const { result: portal } = await whileHeld(() =>
      inPortal(silver.memberId, html`<aside></aside><main><partner-points-balance></partner-points-balance></main>`),
    );
    const balance = widget(portal, 'partner-points-balance');
    portal.querySelector('aside')!.append(balance);
    await server.release();
    await untilReady(balance);
    expect(availableShown(balance)).to.equal(fmt.number('en', (await pointsOf(silver.memberId)).available));
  });
});

/** The next `type` event at `target`, with its composed path (only readable while it is dispatched). */
function nextEvent<E extends Event>(target: EventTarget, type: string): Promise<{ event: E; path: EventTarget[] }> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve({ event: event as E, path: event.composedPath() }), { once: true }));
}

describe('events', () => {
  afterEach(() => server.restore());

  /** The widgets inside a host component's shadow root: only composed events get out. */
  async function insideShadowRoot(content: string, memberId = silver.memberId) {
    const url = await apiUrl();
    const token = await tokenFor(memberId);
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<partner-portal endpoint="${url}" token="${token}">${content}</partner-portal>`;
    return { host, root, portal: root.querySelector('partner-portal') as PartnerPortal };
  }

  it('partner-load bubbles and is composed: the page outside a shadow root hears it', async () => {
    const loaded = nextEvent<PartnerLoadEvent>(document, 'partner-load');
    const { host, root } = await insideShadowRoot('<partner-tier-badge></partner-tier-badge>');
    const { event, path } = await loaded;
    expect(event.bubbles && event.composed, 'bubbles and composed').to.be.true;
    expect(path[0] === root.querySelector('partner-tier-badge'), 'fired by the badge').to.be.true;
    expect(event.target === host, 'retargeted to the shadow host').to.be.true;
  });

  it('partner-error bubbles and is composed, with detail.code', async () => {
    await server.stop();
    const failed = nextEvent<PartnerErrorEvent>(document, 'partner-error');
    const { root } = await insideShadowRoot('<partner-points-balance></partner-points-balance>');
    const { event, path } = await failed;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail.code).to.equal('NETWORK');
    expect(path[0] === root.querySelector('partner-points-balance')).to.be.true;
  });

  it('partner-filter-change bubbles and is composed, with the chosen types', async () => {
    const { root } = await insideShadowRoot('<button>Before</button><partner-points-history></partner-points-history>');
    const history = root.querySelector('partner-points-history')!;
    await untilReady(history);
    (root.querySelector('button') as HTMLButtonElement).focus();
    await tabTo(part(history, 'filter'), 1);

    const changed = nextEvent<PartnerFilterChangeEvent>(document, 'partner-filter-change');
    await press('ArrowDown');
    const { event, path } = await changed;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail.types).to.deep.equal(['ACCRUAL']);
    expect(path[0] === history).to.be.true;
  });
});
