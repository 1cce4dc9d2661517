import { expect, html, oneEvent } from '@open-wc/testing';
import type { PartnerNpsSubmitEvent, PartnerNpsSubmittedEvent } from '../../src/events.js';
import { accessibilityTree, allInShadow, availableShown, findNode, fmt, focused, heightOf, inShadow, isLoading, part, press, shadowText, tabTo, textOf, until, untilError, untilReady } from './support/dom.js';
import { asMember, clock, createPartner, initialNow, mark, requestsSince, server, tokenFor } from './support/loyalty.js';
import { inPortal, settle, whileHeld, widget } from './support/mount.js';
import { persona, pointsOf } from './support/truth.js';

interface Survey {
  question: string;
  canAnswer: boolean;
  answeredAt: string | null;
  nextPeriodStartsAt: string;
  pointsReward: number;
}

/** The server's survey for a member, asked through the test API (not through the widget). */
async function surveyOf(memberId: string, locale = 'en'): Promise<Survey> {
  return (await asMember(memberId, `{ npsSurvey { question canAnswer answeredAt nextPeriodStartsAt pointsReward } }`, {}, locale)).npsSurvey;
}

/** Answers the survey as the member through the API: for tests that start from "already answered". */
async function answerByApi(memberId: string, score = 8) {
  return (await asMember(memberId, `mutation($input: SubmitNpsInput!) { submitNps(input: $input) { pointsAwarded } }`, { input: { score } })).submitNps;
}

const survey = (root: ParentNode, index = 0) => root.querySelectorAll('partner-nps-survey')[index] as HTMLElement;
const radios = (host: Element) => allInShadow<HTMLInputElement>(host, 'input[type="radio"]');
const chosen = (host: Element) => radios(host).find((radio) => radio.checked)?.value;
const commentBox = (host: Element) => part<HTMLTextAreaElement>(host, 'comment');
const submitButton = (host: Element) => part<HTMLButtonElement>(host, 'submit-button');
const hasForm = (host: Element) => host.shadowRoot?.querySelector('[part="form"]') != null;
const operations = async (since: number) => (await requestsSince(since)).flatMap((request) => request.operations);

/** A fresh partner (with points, so the balance shows a number) in a portal with the survey and a balance. */
async function freshSurvey(options: { locale?: string; extra?: boolean } = {}) {
  const partner = await createPartner({ points: 1_000 });
  const portal = await inPortal(partner.memberId, html`<button>Before</button><partner-points-balance></partner-points-balance><partner-nps-survey></partner-nps-survey>`, options);
  const nps = survey(portal);
  const balance = widget(portal, 'partner-points-balance');
  await untilReady(nps);
  await untilReady(balance);
  return { ...partner, portal, nps, balance };
}

describe('<partner-nps-survey>', () => {
  afterEach(() => server.restore());

  it('shows a placeholder while loading, busy, hidden from assistive technology, as tall as the form', async () => {
    const { result: portal } = await whileHeld(() => inPortal(persona('gold').memberId, html`<partner-nps-survey></partner-nps-survey>`));
    const nps = survey(portal);
    expect(isLoading(nps)).to.be.true;
    expect(nps.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(inShadow(nps, 'h2'))).to.equal('Your feedback');
    expect(inShadow(nps, '.skeleton').closest('[aria-hidden="true"]')).to.exist;
    expect(radios(nps)).to.have.length(0);
    const height = heightOf(nps);
    await expect(nps).to.be.accessible();

    await server.release();
    await untilReady(nps);
    expect(hasForm(nps)).to.be.true;
    expect(height, 'the placeholder reserves about the form’s height').to.be.within(heightOf(nps) * 0.85, heightOf(nps) * 1.15);
  });

  it('the first load is one request shared with the other widgets', async () => {
    const since = await mark();
    const portal = await inPortal(persona('gold').memberId, html`<partner-points-balance></partner-points-balance><partner-nps-survey></partner-nps-survey>`);
    await untilReady(survey(portal));
    await settle();
    const requests = await requestsSince(since);
    expect(requests).to.have.length(1);
    expect(requests[0].operations.sort()).to.deep.equal(['NpsSurvey', 'PointsBalance']);
  });

  it('asks the question as the API has it, as a 0–10 radio group with labelled ends, an optional comment and the points to earn', async () => {
    const gold = persona('gold');
    const truth = await surveyOf(gold.memberId);
    expect(truth.canAnswer, 'the gold persona has not answered this quarter').to.be.true;
    const portal = await inPortal(gold.memberId, html`<partner-nps-survey></partner-nps-survey>`);
    const nps = survey(portal);
    await untilReady(nps);

    const fieldset = part(nps, 'scale');
    expect(fieldset.localName).to.equal('fieldset');
    expect(textOf(fieldset.querySelector('legend'))).to.equal(truth.question);
    expect(radios(nps).map((radio) => [radio.name, radio.value, textOf(radio.closest('label'))])).to.deep.equal(
      Array.from({ length: 11 }, (_, score) => ['score', String(score), String(score)]),
    );
    expect(radios(nps).every((radio) => fieldset.contains(radio) && !radio.checked)).to.be.true;
    const description = (radio: HTMLInputElement) => textOf(inShadow(nps, `#${radio.getAttribute('aria-describedby')}`));
    expect(description(radios(nps)[0])).to.equal('Not at all likely');
    expect(description(radios(nps)[10])).to.equal('Extremely likely');
    expect(radios(nps).slice(1, 10).some((radio) => radio.hasAttribute('aria-describedby'))).to.be.false;

    const comment = commentBox(nps);
    expect(comment.localName).to.equal('textarea');
    expect(comment.maxLength, 'the server’s limit').to.equal(2000);
    expect(textOf(inShadow(nps, `label[for="${comment.id}"]`))).to.equal('What is the main reason for your score? (optional)');
    expect(textOf(part(nps, 'reward'))).to.equal(`Answer and earn ${fmt.number('en', truth.pointsReward)} points`);
    expect(textOf(submitButton(nps))).to.equal('Send answer');
    expect(submitButton(nps).type).to.equal('submit');

    // What assistive technology gets: radios 0–10, the ends as the descriptions of 0 and 10 (the
    // snapshot leaves out the fieldset's group, which its legend names).
    const tree = await accessibilityTree('partner-nps-survey');
    const found: string[][] = [];
    findNode(tree, (node) => (node.role === 'radio' && found.push([String(node.name), String((node as { description?: string }).description ?? '')]), false));
    expect(found).to.deep.equal(Array.from({ length: 11 }, (_, score) => [String(score), score === 0 ? 'Not at all likely' : score === 10 ? 'Extremely likely' : '']));
    await expect(nps).to.be.accessible();
  });

  it('keyboard only: Tab to the scale, arrows choose, Tab to the comment, Enter on Send: thank-you, events, points credited, the balance on the page goes up', async () => {
    const { memberId, portal, nps, balance } = await freshSurvey();
    const before = await pointsOf(memberId);
    const { pointsReward } = await surveyOf(memberId);
    expect(availableShown(balance)).to.equal(fmt.number('en', before.available));
    portal.querySelector('button')!.focus();

    expect(await tabTo(radios(nps)[0])).to.equal(1);
    for (let i = 0; i < 10; i++) await press('ArrowRight');
    expect([focused(), chosen(nps)]).to.deep.equal([radios(nps)[10], '10']);
    await press('ArrowLeft');
    expect([focused(), chosen(nps)], 'arrows move the choice').to.deep.equal([radios(nps)[9], '9']);

    await press('Tab');
    expect(focused()).to.equal(commentBox(nps));
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ type: 'Great support  ' });
    await press('Tab');
    expect(focused()).to.equal(submitButton(nps));

    const submit = oneEvent(portal, 'partner-nps-submit') as Promise<PartnerNpsSubmitEvent>;
    const submitted = oneEvent(portal, 'partner-nps-submitted') as Promise<PartnerNpsSubmittedEvent>;
    await press('Enter');
    const request = await submit;
    expect(request.cancelable && request.bubbles && request.composed).to.be.true;
    expect(request.detail).to.deep.equal({ score: 9, comment: 'Great support' });
    const done = await submitted;
    expect(done.bubbles && done.composed).to.be.true;
    expect(done.detail).to.deep.equal({ score: 9, pointsAwarded: pointsReward });

    await until(() => nps.shadowRoot!.querySelector('[part="thanks"]'), 'the thank-you');
    const thanks = part(nps, 'thanks');
    expect(thanks.getAttribute('role')).to.equal('status');
    expect(textOf(thanks)).to.equal(`Thank you for your feedback! ${fmt.number('en', pointsReward)} points were added to your balance.`);
    expect(focused(), 'focus on the thank-you, where the form was').to.equal(thanks);
    expect(hasForm(nps)).to.be.false;

    const after = await pointsOf(memberId);
    expect(after.available).to.equal(before.available + pointsReward);
    await until(() => availableShown(balance) === fmt.number('en', after.available), 'the balance shows the points earned');
    const truth = await surveyOf(memberId);
    expect([truth.canAnswer, truth.answeredAt !== null]).to.deep.equal([false, true]);
    await settle();
    expect(part(nps, 'thanks'), 'the thank-you stays after the survey is loaded again').to.exist;
    await expect(nps).to.be.accessible();
  });

  it('no score: nothing is sent, the error is tied to the group and focus moves to it; choosing a score clears it', async () => {
    const portal = await inPortal(persona('gold').memberId, html`<partner-nps-survey></partner-nps-survey>`);
    const nps = survey(portal);
    await untilReady(nps);
    let submits = 0;
    portal.addEventListener('partner-nps-submit', () => submits++);
    const since = await mark();

    submitButton(nps).click();
    await until(() => nps.shadowRoot!.querySelector('.invalid'), 'the score error');
    const fieldset = part(nps, 'scale');
    const error = inShadow(nps, `#${fieldset.getAttribute('aria-describedby')}`);
    expect(textOf(error)).to.equal('Choose a score from 0 to 10.');
    expect(fieldset.contains(error)).to.be.true;
    expect(focused(), 'focus on the scale').to.equal(radios(nps)[0]);
    await expect(nps).to.be.accessible();
    await settle();
    expect(await operations(since)).to.not.include('SubmitNps');
    expect(submits).to.equal(0);

    radios(nps)[6].click();
    await until(() => !nps.shadowRoot!.querySelector('.invalid'), 'the error goes');
    expect(fieldset.hasAttribute('aria-describedby')).to.be.false;
  });

  it('while sending: "Sending…", busy button keeps focus; more clicks and Enter send nothing more; one answer, points once', async () => {
    const { memberId, nps } = await freshSurvey();
    const before = await pointsOf(memberId);
    radios(nps)[7].click();
    commentBox(nps).value = 'Fast delivery';
    submitButton(nps).focus();

    const since = await mark();
    await server.hold();
    submitButton(nps).click();
    await until(() => textOf(submitButton(nps)) === 'Sending…', 'the button says it is sending');
    expect(submitButton(nps).getAttribute('aria-disabled')).to.equal('true');
    expect(focused()).to.equal(submitButton(nps));
    submitButton(nps).click();
    submitButton(nps).click();
    await press('Enter');
    await until(async () => (await requestsSince(since)).length >= 1, 'the answer reaches the server');
    await settle();
    await expect(nps).to.be.accessible();
    await server.release();

    await until(() => nps.shadowRoot!.querySelector('[part="thanks"]'), 'the thank-you');
    await settle();
    expect((await operations(since)).filter((name) => name === 'SubmitNps')).to.have.length(1);
    expect((await pointsOf(memberId)).available).to.equal(before.available + (await surveyOf(memberId)).pointsReward);
  });

  it('answered in another tab meanwhile: ALREADY_ANSWERED is explained in place with when the next survey opens; points once', async () => {
    const { memberId } = await createPartner({ points: 1_000 });
    const first = await inPortal(memberId, html`<partner-nps-survey></partner-nps-survey>`);
    // A second tab: its own portal and client, loaded before the first tab's answer.
    const second = await inPortal(memberId, html`<partner-points-balance></partner-points-balance><partner-nps-survey></partner-nps-survey>`);
    const [one, two] = [survey(first), survey(second)];
    await untilReady(one);
    await untilReady(two);
    const before = await pointsOf(memberId);

    radios(one)[10].click();
    submitButton(one).click();
    await until(() => one.shadowRoot!.querySelector('[part="thanks"]'), 'the first tab thanks');
    await settle();
    expect(hasForm(two), 'the second tab still shows the form').to.be.true;

    radios(two)[4].click();
    commentBox(two).value = 'Second thoughts';
    submitButton(two).click();
    await until(() => two.shadowRoot!.querySelector('[part="answered"]'), 'the refusal explained');
    const answered = part(two, 'answered');
    const { nextPeriodStartsAt } = await surveyOf(memberId);
    expect(textOf(answered)).to.equal(`This quarter’s survey was already answered, perhaps in another tab. The next survey opens ${fmt.date('en', nextPeriodStartsAt)}.`);
    expect(answered.getAttribute('role')).to.equal('alert');
    expect(focused(), 'focus on the explanation, where the form was').to.equal(answered);
    expect(hasForm(two)).to.be.false;
    await expect(two).to.be.accessible();

    const after = await pointsOf(memberId);
    expect(after.available, 'the survey points were credited once').to.equal(before.available + (await surveyOf(memberId)).pointsReward);
    // The second tab's balance learns of the first tab's answer too.
    const balance = widget(second, 'partner-points-balance');
    await until(() => availableShown(balance) === fmt.number('en', after.available), 'the second tab’s balance follows');
  });

  it('another member signs in on the page (a new token): their own survey, not the last member’s thank-you', async () => {
    const { memberId: first } = await createPartner();
    const { memberId: second } = await createPartner();
    const portal = await inPortal(first, html`<partner-nps-survey></partner-nps-survey>`);
    const nps = survey(portal);
    await untilReady(nps);
    radios(nps)[8].click();
    submitButton(nps).click();
    await until(() => nps.shadowRoot!.querySelector('[part="thanks"]'), 'the thank-you');

    portal.token = await tokenFor(second);
    await until(() => hasForm(nps), 'the second member’s survey');
    expect(nps.shadowRoot!.querySelector('[part="thanks"]')).to.be.null;
    expect(chosen(nps), 'nothing chosen for them').to.be.undefined;
  });

  it('answered this quarter: says when, and when the next survey opens; no form', async () => {
    const { memberId } = await createPartner();
    await answerByApi(memberId);
    const truth = await surveyOf(memberId);
    const portal = await inPortal(memberId, html`<partner-nps-survey></partner-nps-survey>`);
    const nps = survey(portal);
    await untilReady(nps);
    expect(textOf(part(nps, 'answered'))).to.equal(`Thanks — you answered on ${fmt.date('en', truth.answeredAt!)}. The next survey opens ${fmt.date('en', truth.nextPeriodStartsAt)}.`);
    expect(hasForm(nps)).to.be.false;
    await expect(nps).to.be.accessible();
  });

  it('once a quarter: in the next quarter the form is back and answering earns the points again', async () => {
    const { memberId } = await createPartner({ points: 1_000 });
    await answerByApi(memberId);
    const { nextPeriodStartsAt } = await surveyOf(memberId);
    expect(new Date(nextPeriodStartsAt).getTime()).to.be.greaterThan((await initialNow()).getTime());

    await clock.set(new Date(new Date(nextPeriodStartsAt).getTime() + 60_000).toISOString());
    const before = await pointsOf(memberId);
    // A token minted in the new quarter (the old one would have expired long ago).
    const portal = await inPortal(memberId, html`<partner-points-balance></partner-points-balance><partner-nps-survey></partner-nps-survey>`);
    const nps = survey(portal);
    await untilReady(nps);
    expect(hasForm(nps), 'the form is back').to.be.true;

    radios(nps)[8].click();
    submitButton(nps).click();
    await until(() => nps.shadowRoot!.querySelector('[part="thanks"]'), 'the thank-you');
    const { pointsReward } = await surveyOf(memberId);
    expect(textOf(part(nps, 'thanks'))).to.include(`${fmt.number('en', pointsReward)} points were added`);
    expect((await pointsOf(memberId)).available).to.equal(before.available + pointsReward);
  });

  it('server unreachable when sending: the network message in place; the score and comment are kept and the retry sends them', async () => {
    const { memberId, nps } = await freshSurvey();
    radios(nps)[3].click();
    commentBox(nps).value = 'Deliveries are late';
    await server.stop();
    submitButton(nps).click();
    const error = await untilError(nps);
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    expect([chosen(nps), commentBox(nps).value]).to.deep.equal(['3', 'Deliveries are late']);
    expect(submitButton(nps).getAttribute('aria-disabled')).to.equal('false');
    await expect(nps).to.be.accessible();

    await server.start();
    const submit = oneEvent(nps, 'partner-nps-submit') as Promise<PartnerNpsSubmitEvent>;
    submitButton(nps).click();
    expect((await submit).detail).to.deep.equal({ score: 3, comment: 'Deliveries are late' });
    await until(() => nps.shadowRoot!.querySelector('[part="thanks"]'), 'the thank-you after the retry');
    expect(nps.shadowRoot!.querySelector('[part="error"]')).to.be.null;
    expect((await surveyOf(memberId)).canAnswer).to.be.false;
  });

  it('a comment the server refuses (BAD_USER_INPUT): explained in place, nothing recorded, the answer stays to fix', async () => {
    const { memberId, nps } = await freshSurvey();
    radios(nps)[5].click();
    // The textarea stops at 2,000 characters; a script setting the value does not.
    commentBox(nps).value = 'x'.repeat(2001);
    submitButton(nps).click();
    const error = await untilError(nps);
    expect(textOf(error)).to.equal(`Your comment is too long: at most ${fmt.number('en', 2000)} characters.`);
    expect(chosen(nps)).to.equal('5');
    expect((await surveyOf(memberId)).canAnswer).to.be.true;
    await expect(nps).to.be.accessible();

    commentBox(nps).value = 'x'.repeat(2000);
    submitButton(nps).click();
    await until(() => nps.shadowRoot!.querySelector('[part="thanks"]'), 'the thank-you');
  });

  it('the host vetoes with preventDefault: nothing is sent, the form stays as it was', async () => {
    const { memberId, portal, nps } = await freshSurvey();
    portal.addEventListener('partner-nps-submit', (event) => event.preventDefault(), { once: true });
    let submitted = 0;
    portal.addEventListener('partner-nps-submitted', () => submitted++);
    radios(nps)[2].click();
    const since = await mark();
    submitButton(nps).click();
    await settle();
    expect(await operations(since)).to.not.include('SubmitNps');
    expect(submitted).to.equal(0);
    expect([hasForm(nps), chosen(nps)]).to.deep.equal([true, '2']);
    expect((await surveyOf(memberId)).canAnswer).to.be.true;
  });

  it('server down on load: the network message and retry', async () => {
    await server.stop();
    const portal = await inPortal(persona('gold').memberId, html`<partner-nps-survey></partner-nps-survey>`);
    const nps = survey(portal);
    const error = await untilError(nps);
    expect(textOf(error.querySelector('p'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    await expect(nps).to.be.accessible();
    await server.start();
    part(nps, 'retry-button').click();
    await untilReady(nps);
    expect(hasForm(nps)).to.be.true;
  });

  const LOCALES = {
    th: { low: 'ไม่น่าจะแนะนำเลย', high: 'น่าจะแนะนำอย่างยิ่ง', send: 'ส่งคำตอบ', reward: (p: string) => `ตอบแบบสำรวจรับ ${p} คะแนน`, answered: (on: string, next: string) => `ขอบคุณ คุณตอบแบบสำรวจแล้วเมื่อ ${on} แบบสำรวจครั้งถัดไปจะเปิดในวันที่ ${next}` },
    nb: { low: 'Svært lite sannsynlig', high: 'Svært sannsynlig', send: 'Send svar', reward: (p: string) => `Svar og tjen ${p} poeng`, answered: (on: string, next: string) => `Takk – du svarte ${on}. Neste undersøkelse åpner ${next}.` },
    ms: { low: 'Sangat tidak mungkin', high: 'Sangat mungkin', send: 'Hantar jawapan', reward: (p: string) => `Jawab dan dapatkan ${p} mata`, answered: (on: string, next: string) => `Terima kasih — anda telah menjawab pada ${on}. Tinjauan seterusnya dibuka pada ${next}.` },
  } as const;

  for (const [locale, expected] of Object.entries(LOCALES)) {
    it(`speaks ${locale}: the question as the API words it, the scale’s ends, the reward, and dates as ${locale} readers write them`, async () => {
      const gold = persona('gold');
      const truth = await surveyOf(gold.memberId, locale);
      const answeredPartner = await createPartner();
      await answerByApi(answeredPartner.memberId);
      const answeredTruth = await surveyOf(answeredPartner.memberId, locale);

      const open = survey(await inPortal(gold.memberId, html`<partner-nps-survey></partner-nps-survey>`, { locale }));
      const done = survey(await inPortal(answeredPartner.memberId, html`<partner-nps-survey></partner-nps-survey>`, { locale }));
      await untilReady(open);
      await untilReady(done);
      expect(truth.question, 'the API has the question in this language').to.not.equal((await surveyOf(gold.memberId)).question);
      expect(textOf(inShadow(open, 'legend'))).to.equal(truth.question);
      expect(textOf(inShadow(open, '.ends'))).to.equal(`${expected.low} ${expected.high}`);
      expect(textOf(part(open, 'reward'))).to.equal(expected.reward(fmt.number(locale, truth.pointsReward)));
      expect(textOf(submitButton(open))).to.equal(expected.send);
      expect(textOf(part(done, 'answered'))).to.equal(expected.answered(fmt.date(locale, answeredTruth.answeredAt!), fmt.date(locale, answeredTruth.nextPeriodStartsAt)));
      expect(shadowText(open)).to.not.include('Send answer');
      await expect(open).to.be.accessible();
      await expect(done).to.be.accessible();
    });
  }
});
