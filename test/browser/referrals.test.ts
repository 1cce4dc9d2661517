import { expect, html, oneEvent } from '@open-wc/testing';
import type { PartnerReferralSubmitEvent, PartnerReferralSubmittedEvent } from '../../src/events.js';
import type { PartnerReferralForm, PartnerReferrals } from '../../src/index.js';
import { fmt, focused, inShadow, isLoading, part, parts, press, shadowText, tabTo, textOf, until, untilError, untilReady } from './support/dom.js';
import { admin, asMember, createPartner, mark, requestsSince, server, uniqueId } from './support/loyalty.js';
import { inPortal, settle, whileHeld, widget } from './support/mount.js';
import { persona } from './support/truth.js';

interface Referral {
  id: string;
  companyName: string;
  domain: string;
  status: string;
  rejectionReason: string | null;
  flagged: boolean;
  flagReason: string | null;
  rewardPoints: number | null;
  history: { status: string; at: string }[];
  submittedBy: { name: string };
  submittedByViewer: boolean;
  createdAt: string;
}

const STATUS: Record<string, string> = { SUBMITTED: 'Submitted', QUALIFIED: 'Qualified', CONVERTED: 'Became a partner', REWARDED: 'Rewarded', REJECTED: 'Rejected' };
const REASON: Record<string, string> = {
  DUPLICATE: 'Someone had already referred this company.',
  NOT_QUALIFIED: 'The company isn’t a fit for the program.',
  OTHER: 'The supplier could not take this referral further.',
};
const SUBMIT = `mutation($input: SubmitReferralInput!) { submitReferral(input: $input) { id status flagged } }`;

/** The server's answer, asked as the member (not through the widget). */
async function referralsOf(memberId: string, options: { first?: number; mine?: boolean } = {}): Promise<{ nodes: Referral[]; hasNextPage: boolean }> {
  const data = await asMember(
    memberId,
    `query($first: Int!, $filter: ReferralFilter) { viewer { referrals(first: $first, filter: $filter) {
        nodes { id companyName domain status rejectionReason flagged flagReason rewardPoints history { status at } submittedBy { name } submittedByViewer createdAt }
        pageInfo { hasNextPage } } } }`,
    { first: options.first ?? 10, filter: options.mine ? { mine: true } : null },
  );
  return { nodes: data.viewer.referrals.nodes, hasNextPage: data.viewer.referrals.pageInfo.hasNextPage };
}

const domainOf = async (memberId: string): Promise<string> => (await asMember(memberId, `{ viewer { partner { domain } } }`)).viewer.partner.domain;

/** A company nobody referred yet. */
function company() {
  const id = uniqueId('ref');
  return { companyName: `Referred Co ${id.slice(-6)}`, domain: `${id}.example.org`, contactName: 'Cora Contact', contactEmail: `cora@${id}.example.org`, phone: '', note: '', consent: true };
}
type Values = ReturnType<typeof company>;

/** A referral made through the API (for set-up), as `memberId`. */
const submitAs = (memberId: string, values: Values = company()) => asMember(memberId, SUBMIT, { input: { ...values, phone: values.phone || null, note: values.note || null } });

const input = <T extends HTMLElement = HTMLInputElement>(form: Element, field: string) => inShadow<T>(form, `#${field}`);
const errorOf = (form: Element, field: string) => form.shadowRoot!.querySelector(`#${field}-error`);
const errorsShown = (form: Element) => Object.fromEntries(parts(form, 'field-error').map((p) => [p.id.replace(/-error$/, ''), textOf(p)]));

/** Fills the form the way the browser does when a person types (input events), and ticks consent. */
function fill(form: Element, values: Partial<Values>) {
  for (const [field, value] of Object.entries(values)) {
    const element = input(form, field);
    if (field === 'consent') {
      if ((element as HTMLInputElement).checked !== value) element.click();
    } else {
      (element as HTMLInputElement).value = String(value);
      element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  }
}

const submitOps = async (since: number) => (await requestsSince(since)).flatMap((request) => request.operations).filter((op) => op === 'SubmitReferral');

async function formFor(memberId: string, options: { locale?: string; list?: boolean } = {}) {
  const portal = await inPortal(
    memberId,
    options.list ? html`<partner-referral-form></partner-referral-form><partner-referrals></partner-referrals>` : html`<partner-referral-form></partner-referral-form>`,
    { locale: options.locale },
  );
  const form = widget<PartnerReferralForm>(portal, 'partner-referral-form');
  await untilReady(form);
  return { portal, form };
}

/** Sends the form and waits for its answer: a field error, the form-level alert or the thank-you. */
async function send(form: PartnerReferralForm) {
  part(form, 'submit-button').click();
  // The previous answer leaves with this render; the next one is waited for below.
  await form.updateComplete;
  await until(
    () => form.shadowRoot!.querySelector('[part~="field-error"], [part="error"], [part="success"]') && part(form, 'card').querySelector('[aria-disabled="true"]') === null,
    'the answer to the referral',
  );
}

const items = (host: Element) => parts(host, 'item').filter((li) => !li.closest('[aria-hidden="true"]'));

/** One referral as a person reads it. */
function readItem(li: Element) {
  return {
    company: textOf(li.querySelector('h3')),
    status: textOf(li.querySelector('[part="status"]')),
    meta: textOf(li.querySelector('.meta')),
    steps: [...li.querySelectorAll('[part="timeline"] li')].map((step) => [textOf(step.querySelector('.label')), step.querySelector('time')?.getAttribute('datetime') ?? null]),
    reason: textOf(li.querySelector('.reason')),
    reward: textOf(li.querySelector('[part="reward"]')),
    flag: textOf(li.querySelector('.flag')),
  };
}

/** The same referral from the server's truth. */
function expectedItem(referral: Referral) {
  const at = new Map(referral.history.map((change) => [change.status, change.at]));
  const path = ['SUBMITTED', 'QUALIFIED', 'CONVERTED', 'REWARDED'];
  const steps = referral.status === 'REJECTED' ? [...path.filter((status) => at.has(status)), 'REJECTED'] : path;
  return {
    company: referral.companyName,
    status: STATUS[referral.status],
    meta: `${referral.domain} · ${referral.submittedByViewer ? 'Referred by you' : `Referred by ${referral.submittedBy.name}`} · ${fmt.date('en', referral.createdAt)}`,
    steps: steps.map((status) => [STATUS[status], at.get(status) ?? null]),
    reason: referral.status === 'REJECTED' ? (REASON[referral.rejectionReason!] ?? '') : '',
    reward: referral.rewardPoints === null ? '' : `${fmt.number('en', referral.rewardPoints)} points earned`,
    flag: referral.flagged && referral.status !== 'REJECTED' ? 'The contact uses a free e-mail address: the supplier checks this referral before following up.' : '',
  };
}

describe('<partner-referral-form>', () => {
  afterEach(() => server.restore());

  it('a labelled form, the program’s reward, axe-clean; one request with the list', async () => {
    const since = await mark();
    const { portal, form } = await formFor(persona('gold').memberId, { list: true });
    await untilReady(widget(portal, 'partner-referrals'));
    await settle();
    expect((await requestsSince(since)).length, 'form and list load in one request').to.equal(1);
    const { program } = await asMember(persona('gold').memberId, `{ program { referralRewardPoints } }`);
    expect(program.referralRewardPoints).to.be.a('number');
    expect(textOf(inShadow(form, '.intro'))).to.equal(
      `Know a company that should become a partner? Earn ${fmt.number('en', program.referralRewardPoints)} points when they become a partner.`,
    );
    const labels = parts(form, 'field').map((field) => textOf(field.querySelector('label')));
    expect(labels).to.deep.equal([
      'Company name',
      'Website or domain',
      'Contact name',
      'Contact e-mail',
      'Phone (optional)',
      'Note for the supplier (optional)',
      'The contact agreed to be contacted about the program.',
    ]);
    for (const field of parts(form, 'field')) {
      const control = field.querySelector('input, textarea')!;
      expect(field.querySelector('label')!.htmlFor).to.equal(control.id);
    }
    expect(inShadow<HTMLFormElement>(form, 'form').noValidate, 'the widget explains errors itself').to.be.true;
    expect(input(form, 'contactEmail').type).to.equal('email');
    expect(input(form, 'domain').getAttribute('aria-describedby')).to.equal('domain-hint');
    await expect(form).to.be.accessible();
  });

  it('checks in the browser: required fields, e-mail, domain, phone, consent; focus on the first error; nothing sent', async () => {
    const { memberId } = await createPartner();
    const { form } = await formFor(memberId);
    const since = await mark();
    await send(form);
    expect(errorsShown(form)).to.deep.equal({
      companyName: 'Fill in this field.',
      domain: 'Fill in this field.',
      contactName: 'Fill in this field.',
      contactEmail: 'Fill in this field.',
      consent: 'Confirm that the contact agreed to be contacted.',
    });
    expect(focused()).to.equal(input(form, 'companyName'));
    for (const field of ['companyName', 'domain', 'contactName', 'contactEmail', 'consent']) {
      const control = input(form, field);
      expect(control.getAttribute('aria-invalid'), field).to.equal('true');
      expect(control.getAttribute('aria-describedby')!.split(' '), field).to.include(`${field}-error`);
    }
    expect(input(form, 'phone').getAttribute('aria-invalid')).to.equal('false');
    await expect(form).to.be.accessible();

    fill(form, { companyName: 'Format Co', domain: 'not a domain', contactName: '  Fay ', contactEmail: 'fay-at-format', phone: '12', consent: true });
    await send(form);
    expect(errorsShown(form)).to.deep.equal({
      domain: 'Enter a website or domain, like example.com.',
      contactEmail: 'Enter an e-mail address, like name@example.com.',
      phone: 'Enter a phone number: digits, spaces and + ( ) - . /',
    });
    expect(focused(), 'the first field with an error').to.equal(input(form, 'domain'));
    expect(input(form, 'domain').getAttribute('aria-describedby')).to.equal('domain-hint domain-error');

    // Correcting a field clears its error as the member types.
    fill(form, { domain: 'https://www.format.example/' });
    await until(() => errorOf(form, 'domain') === null, 'the domain error goes away');
    expect(input(form, 'domain').getAttribute('aria-invalid')).to.equal('false');
    await expect(form).to.be.accessible();
    expect(await submitOps(since)).to.deep.equal([]);
  });

  it('Enter in a field sends; success thanks by name, "Refer another" starts over; events; the list shows it without a reload', async () => {
    const { memberId } = await createPartner();
    const { portal, form } = await formFor(memberId, { list: true });
    const list = widget<PartnerReferrals>(portal, 'partner-referrals');
    await untilReady(list);
    expect(items(list)).to.have.length(0);

    const values = { ...company(), phone: ' +47 22 12 34 56 ', note: 'Met them at the fair.' };
    fill(form, values);
    const submitEvent = oneEvent(portal, 'partner-referral-submit') as Promise<PartnerReferralSubmitEvent>;
    const submitted = oneEvent(portal, 'partner-referral-submitted') as Promise<PartnerReferralSubmittedEvent>;
    input(form, 'contactName').focus();
    await press('Enter');
    const request = await submitEvent;
    expect(request.cancelable && request.bubbles && request.composed).to.be.true;
    expect(request.detail).to.deep.equal({ ...values, phone: '+47 22 12 34 56', consent: true, idempotencyKey: request.detail.idempotencyKey });
    expect(request.detail.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    const done = await submitted;
    const [stored] = (await referralsOf(memberId)).nodes;
    expect(done.detail).to.deep.equal({ id: stored.id, status: 'SUBMITTED', flagged: false });

    await until(() => form.shadowRoot!.querySelector('[part="success"]'), 'the thank-you');
    const success = part(form, 'success');
    expect(textOf(success.querySelector('p'))).to.equal(`Thanks — we’ll contact ${values.companyName}.`);
    expect(success.getAttribute('role')).to.equal('status');
    expect(focused(), 'focus on the thank-you').to.equal(success);
    await expect(form).to.be.accessible();

    await until(() => items(list).length === 1, 'the list shows the new referral');
    expect(readItem(items(list)[0])).to.deep.equal(expectedItem(stored));
    expect(readItem(items(list)[0]).meta).to.contain('Referred by you');

    part(form, 'another-button').click();
    await until(() => form.shadowRoot!.querySelector('form'), 'the form again');
    expect(input(form, 'companyName').value).to.equal('');
    expect(input(form, 'consent').checked).to.be.false;
    expect(focused()).to.equal(input(form, 'companyName'));
  });

  it('its own domain: SELF_REFERRAL explained beside the domain; nothing stored', async () => {
    const { memberId } = await createPartner();
    const own = await domainOf(memberId);
    const { form } = await formFor(memberId);
    fill(form, { ...company(), domain: `https://shop.${own}/` });
    await send(form);
    expect(errorsShown(form)).to.deep.equal({ domain: 'This is your own company’s domain: you can’t refer yourself.' });
    expect(focused()).to.equal(input(form, 'domain'));
    expect(input(form, 'domain').getAttribute('aria-invalid')).to.equal('true');
    expect(form.shadowRoot!.querySelector('[part="success"]')).to.be.null;
    expect((await referralsOf(memberId)).nodes).to.have.length(0);
    await expect(form).to.be.accessible();
  });

  it('a company already in the program: EXISTING_PARTNER beside the domain', async () => {
    const { memberId } = await createPartner();
    const partnerDomain = await domainOf(persona('gold').memberId);
    const { form } = await formFor(memberId);
    fill(form, { ...company(), domain: partnerDomain });
    await send(form);
    expect(errorsShown(form)).to.deep.equal({ domain: 'This company is already a partner in the program.' });
    expect(focused()).to.equal(input(form, 'domain'));
    expect((await referralsOf(memberId)).nodes).to.have.length(0);
  });

  it('a company another partner referred that is still open: DUPLICATE_REFERRAL beside the domain', async () => {
    const first = await createPartner();
    const values = company();
    await submitAs(first.memberId, values);
    const { memberId } = await createPartner();
    const { form } = await formFor(memberId);
    fill(form, { ...company(), domain: `www.${values.domain}` });
    await send(form);
    expect(errorsShown(form)).to.deep.equal({ domain: 'This company was already referred and is being followed up.' });
    expect((await referralsOf(memberId)).nodes).to.have.length(0);
    await expect(form).to.be.accessible();
  });

  it('a webmail “company” (a rule only the server knows): explained beside the domain', async () => {
    const { memberId } = await createPartner();
    const { form } = await formFor(memberId);
    const since = await mark();
    fill(form, { ...company(), domain: 'gmail.com', contactEmail: 'someone@gmail.com' });
    await send(form);
    expect(await submitOps(since), 'the browser let it through; the server refused').to.deep.equal(['SubmitReferral']);
    expect(errorsShown(form)).to.deep.equal({ domain: 'This is an e-mail provider. Enter the company’s own website.' });
    expect(focused()).to.equal(input(form, 'domain'));
    expect((await referralsOf(memberId)).nodes).to.have.length(0);
  });

  it('a free-mail contact: submitted, and the member is told the supplier will check it; the list says so too', async () => {
    const { memberId } = await createPartner();
    const { portal, form } = await formFor(memberId, { list: true });
    const list = widget<PartnerReferrals>(portal, 'partner-referrals');
    const values = { ...company(), contactEmail: 'owner.freemail@gmail.com' };
    fill(form, values);
    const submitted = oneEvent(portal, 'partner-referral-submitted') as Promise<PartnerReferralSubmittedEvent>;
    await send(form);
    expect((await submitted).detail).to.include({ status: 'SUBMITTED', flagged: true });
    expect(textOf(part(form, 'success'))).to.contain(
      `Thanks — we’ll contact ${values.companyName}. The contact uses a free e-mail address, so the supplier will check it before following up.`,
    );
    const [stored] = (await referralsOf(memberId)).nodes;
    expect(stored).to.include({ flagged: true, flagReason: 'FREE_MAIL_CONTACT' });
    await until(() => items(list).length === 1, 'the list shows it');
    expect(readItem(items(list)[0])).to.deep.equal(expectedItem(stored));
    await expect(form).to.be.accessible();
    await expect(list).to.be.accessible();
  });

  it('too many today: RATE_LIMITED as a form-level alert that says when to try again', async () => {
    const { memberId } = await createPartner();
    // Submit until the server refuses: the limit is the program's, not a number copied here.
    let limit = 0;
    for (; limit < 100; limit++) {
      try {
        await submitAs(memberId);
      } catch (error) {
        expect(String(error)).to.contain('RATE_LIMITED');
        break;
      }
    }
    const { form } = await formFor(memberId);
    fill(form, company());
    input(form, 'companyName').focus();
    await send(form);
    const alert = part(form, 'error');
    expect(alert.getAttribute('role')).to.equal('alert');
    const oldest = (await referralsOf(memberId, { first: 100 })).nodes.map((r) => r.createdAt).sort()[0];
    const retryAt = new Date(new Date(oldest).getTime() + 86_400_000).toISOString();
    expect(textOf(alert)).to.equal(
      `You have sent the most referrals allowed in 24 hours (${fmt.number('en', limit)}). Send the next one after ${fmt.dateTime('en', retryAt)}.`,
    );
    expect(errorsShown(form)).to.deep.equal({});
    expect(focused(), 'focus stays where the member was').to.equal(input(form, 'companyName'));
    expect(input(form, 'companyName').value, 'the values are kept').to.not.equal('');
    await expect(form).to.be.accessible();
  });

  it('double submit (two Enters, a click) sends one referral', async () => {
    const { memberId } = await createPartner();
    const { form } = await formFor(memberId);
    const since = await mark();
    fill(form, company());
    const formElement = inShadow<HTMLFormElement>(form, 'form');
    formElement.requestSubmit();
    formElement.requestSubmit();
    part(form, 'submit-button').click();
    await until(() => form.shadowRoot!.querySelector('[part="success"]'), 'the thank-you');
    await settle();
    expect(await submitOps(since)).to.deep.equal(['SubmitReferral']);
    expect((await referralsOf(memberId)).nodes).to.have.length(1);
  });

  it('while sending: "Sending…", busy but focusable; the host can veto with preventDefault', async () => {
    const { memberId } = await createPartner();
    const { portal, form } = await formFor(memberId);
    portal.addEventListener('partner-referral-submit', (event) => event.preventDefault(), { once: true });
    const since = await mark();
    fill(form, company());
    part(form, 'submit-button').click();
    await settle();
    expect(await submitOps(since)).to.deep.equal([]);
    expect(form.shadowRoot!.querySelector('[part="success"]')).to.be.null;

    await server.hold();
    part(form, 'submit-button').click();
    await until(() => part(form, 'submit-button').getAttribute('aria-disabled') === 'true', 'busy');
    expect(textOf(part(form, 'submit-button'))).to.equal('Sending…');
    await expect(form).to.be.accessible();
    await server.release();
    await until(() => form.shadowRoot!.querySelector('[part="success"]'), 'the thank-you');
  });

  it('no connection: the network sentence, values kept, and sending again works', async () => {
    const { memberId } = await createPartner();
    const { form } = await formFor(memberId);
    fill(form, company());
    await server.stop();
    await send(form);
    expect(textOf(part(form, 'error'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    await server.start();
    await send(form);
    expect(form.shadowRoot!.querySelector('[part="success"]')).to.exist;
    expect((await referralsOf(memberId)).nodes).to.have.length(1);
  });

  it('the answer is lost after the server recorded it: sending again shows the thank-you, and there is one referral', async () => {
    const { memberId } = await createPartner();
    const { form } = await formFor(memberId);
    const values = company();
    fill(form, values);
    const since = await mark();
    await server.dropNextAnswer();
    await send(form);
    expect(textOf(part(form, 'error'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    const [lost] = await requestsSince(since);
    expect(lost).to.include({ aborted: true, answered: false });
    expect((await referralsOf(memberId)).nodes, 'the server did record it').to.have.length(1);

    await send(form);
    expect(textOf(part(form, 'success').querySelector('p'))).to.equal(`Thanks — we’ll contact ${values.companyName}.`);
    expect(await submitOps(since), 'the retry reached the server').to.have.length(2);
    expect((await referralsOf(memberId)).nodes).to.have.length(1);
  });

  it('keyboard only: Tab through the fields, type, Space for consent, Enter sends', async () => {
    const { memberId } = await createPartner();
    const { sendKeys } = await import('@web/test-runner-commands');
    const portal = await inPortal(memberId, html`<button>Before</button><partner-referral-form></partner-referral-form>`);
    const form = widget<PartnerReferralForm>(portal, 'partner-referral-form');
    await untilReady(form);
    portal.querySelector('button')!.focus();
    const values = company();
    expect(await tabTo(input(form, 'companyName'))).to.equal(1);
    await sendKeys({ type: values.companyName });
    for (const field of ['domain', 'contactName', 'contactEmail'] as const) {
      await press('Tab');
      expect(focused()).to.equal(input(form, field));
      await sendKeys({ type: values[field] });
    }
    await press('Tab');
    await press('Tab');
    expect(focused()).to.equal(input(form, 'note'));
    await press('Tab');
    expect(focused()).to.equal(input(form, 'consent'));
    await press('Space');
    expect(input(form, 'consent').checked).to.be.true;
    await press('Tab');
    expect(focused()).to.equal(part(form, 'submit-button'));
    await press('Enter');
    await until(() => focused() === form.shadowRoot!.querySelector('[part="success"]'), 'focus on the thank-you');
    await press('Tab');
    expect(focused()).to.equal(part(form, 'another-button'));
    await press('Enter');
    await until(() => focused() === form.shadowRoot!.querySelector('#companyName'), 'focus back on the first field');
    expect((await referralsOf(memberId)).nodes.map((r) => r.companyName)).to.deep.equal([values.companyName]);
  });

  it('speaks Thai, Norwegian and Malay: labels, the browser’s checks and the server’s refusals', async () => {
    const { memberId } = await createPartner();
    const own = await domainOf(memberId);
    const cases = [
      { locale: 'th', label: 'ชื่อบริษัท', required: 'กรอกข้อมูลในช่องนี้', self: 'นี่คือโดเมนของบริษัทคุณเอง คุณไม่สามารถแนะนำบริษัทตัวเองได้' },
      { locale: 'nb', label: 'Bedriftens navn', required: 'Fyll ut dette feltet.', self: 'Dette er din egen bedrifts domene: du kan ikke anbefale deg selv.' },
      { locale: 'ms', label: 'Nama syarikat', required: 'Isi medan ini.', self: 'Ini domain syarikat anda sendiri: anda tidak boleh merujuk diri sendiri.' },
    ];
    for (const { locale, label, required, self } of cases) {
      const { form } = await formFor(memberId, { locale });
      await until(() => textOf(inShadow(form, 'label[for="companyName"]')) === label, `${locale} labels`);
      await send(form);
      expect(textOf(errorOf(form, 'companyName')), locale).to.equal(required);
      fill(form, { ...company(), domain: own });
      await send(form);
      expect(textOf(errorOf(form, 'domain')), locale).to.equal(self);
      await expect(form).to.be.accessible();
    }
  });
});

describe('<partner-referrals>', () => {
  afterEach(() => server.restore());

  it('shows placeholders while loading, busy, hidden from assistive technology', async () => {
    const { result: portal } = await whileHeld(() => inPortal(persona('gold').memberId, html`<partner-referrals></partner-referrals>`));
    const list = widget(portal, 'partner-referrals');
    expect(isLoading(list)).to.be.true;
    expect(items(list)).to.have.length(0);
    await expect(list).to.be.accessible();
    await server.release();
    await untilReady(list);
  });

  it('the company’s referrals as the API has them: status, timeline with dates, rejection reason, points earned', async () => {
    const gold = persona('gold');
    const truth = await referralsOf(gold.memberId);
    expect(new Set(truth.nodes.map((r) => r.status)).size, 'several states to show').to.be.greaterThan(3);
    const portal = await inPortal(gold.memberId, html`<partner-referrals></partner-referrals>`);
    const list = widget(portal, 'partner-referrals');
    await untilReady(list);
    expect(items(list).map(readItem)).to.deep.equal(truth.nodes.map(expectedItem));
    const rewarded = items(list).find((li) => li.dataset.status === 'REWARDED')!;
    expect(rewarded.querySelector('[aria-current="step"]')!.getAttribute('data-step')).to.equal('REWARDED');
    expect(textOf(inShadow(list, 'footer .count'))).to.equal(`${truth.nodes.length} referrals shown`);
    await expect(list).to.be.accessible();
  });

  it('"Only my referrals": a colleague’s referrals leave; the staff member who referred none sees the invitation', async () => {
    const staff = persona('staff');
    const company = await referralsOf(staff.memberId);
    expect(company.nodes.length).to.be.greaterThan(0);
    expect(company.nodes.every((r) => !r.submittedByViewer)).to.be.true;
    const portal = await inPortal(staff.memberId, html`<partner-referrals refer-href="#refer"></partner-referrals>`);
    const list = widget<PartnerReferrals>(portal, 'partner-referrals');
    await untilReady(list);
    expect(items(list).map(readItem)).to.deep.equal(company.nodes.map(expectedItem));

    part<HTMLInputElement>(list, 'mine-toggle').click();
    await until(() => items(list).length === 0 && list.shadowRoot!.querySelector('.empty'), 'only mine: none');
    expect(list.mine).to.be.true;
    expect(list.hasAttribute('mine')).to.be.true;
    expect(textOf(inShadow(list, '.empty p'))).to.equal(
      'You haven’t referred anyone yet. Know a company that should become a partner? Refer it and follow it here.',
    );
    expect(part(list, 'refer-link').getAttribute('href')).to.equal('#refer');
    await expect(list).to.be.accessible();
  });

  it('a member’s own among a colleague’s: the toggle keeps only theirs', async () => {
    const { partnerId, memberId } = await createPartner();
    const { createMember } = await admin(
      `mutation($input: CreateMemberInput!) { createMember(input: $input) { id name } }`,
      { input: { partnerId, name: 'Colleague Carla', email: `carla@${uniqueId('c')}.example.com` } },
    );
    await submitAs(createMember.id);
    await submitAs(memberId);
    const portal = await inPortal(memberId, html`<partner-referrals mine></partner-referrals>`);
    const list = widget<PartnerReferrals>(portal, 'partner-referrals');
    await untilReady(list);
    expect(items(list).map(readItem)).to.deep.equal((await referralsOf(memberId, { mine: true })).nodes.map(expectedItem));
    part<HTMLInputElement>(list, 'mine-toggle').click();
    await until(() => items(list).length === 2, 'the whole company');
    expect(items(list).map((li) => readItem(li).meta.split(' · ')[1])).to.have.members(['Referred by you', 'Referred by Colleague Carla']);
  });

  it('a new partner: the invitation to refer', async () => {
    const { memberId } = await createPartner();
    const portal = await inPortal(memberId, html`<partner-referrals></partner-referrals>`);
    const list = widget(portal, 'partner-referrals');
    await untilReady(list);
    expect(textOf(inShadow(list, '.empty p'))).to.equal(
      'Your company hasn’t referred anyone yet. Know a company that should become a partner? Refer it and follow it here.',
    );
    expect(list.shadowRoot!.querySelector('[part="refer-link"]')).to.be.null;
    await expect(list).to.be.accessible();
  });

  it('"Show more" follows the cursor', async () => {
    const { memberId } = await createPartner();
    for (let i = 0; i < 3; i++) await submitAs(memberId);
    const truth = await referralsOf(memberId);
    const portal = await inPortal(memberId, html`<partner-referrals page-size="2"></partner-referrals>`);
    const list = widget(portal, 'partner-referrals');
    await untilReady(list);
    expect(items(list).map((li) => li.dataset.id)).to.deep.equal(truth.nodes.slice(0, 2).map((r) => r.id));
    part(list, 'more-button').click();
    await until(() => items(list).length === 3, 'three after "Show more"');
    expect(items(list).map((li) => li.dataset.id)).to.deep.equal(truth.nodes.map((r) => r.id));
    expect(list.shadowRoot!.querySelector('[part="more-button"]')).to.be.null;
  });

  it('speaks Norwegian: statuses and who referred', async () => {
    const gold = persona('gold');
    const truth = await referralsOf(gold.memberId);
    const portal = await inPortal(gold.memberId, html`<partner-referrals></partner-referrals>`, { locale: 'nb' });
    const list = widget(portal, 'partner-referrals');
    await untilReady(list);
    await until(() => textOf(inShadow(list, 'h2')) === 'Anbefalinger', 'Norwegian heading');
    const nb: Record<string, string> = { SUBMITTED: 'Sendt', QUALIFIED: 'Kvalifisert', CONVERTED: 'Ble partner', REWARDED: 'Belønnet', REJECTED: 'Avvist' };
    expect(items(list).map((li) => textOf(li.querySelector('[part="status"]')))).to.deep.equal(truth.nodes.map((r) => nb[r.status]));
    expect(shadowText(list)).to.contain(fmt.date('nb', truth.nodes[0].createdAt));
    await expect(list).to.be.accessible();
  });

  it('server down: the network message and retry', async () => {
    await server.stop();
    const portal = await inPortal(persona('gold').memberId, html`<partner-referrals></partner-referrals>`);
    const list = widget(portal, 'partner-referrals');
    const error = await untilError(list);
    expect(textOf(error.querySelector('p'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    await expect(list).to.be.accessible();
    await server.start();
    part(list, 'retry-button').click();
    await untilReady(list);
    expect(items(list).length).to.be.greaterThan(0);
  });
});
