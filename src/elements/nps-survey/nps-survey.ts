import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { NpsSurveyDocument, SubmitNpsDocument, type NpsSurveyQuery } from '../../generated/graphql.js';
import { PortalError, isAbortError } from '../../client/errors.js';
import { PartnerNpsSubmitEvent, PartnerNpsSubmittedEvent } from '../../events.js';
import { formatDate, formatNumber, formatPoints } from '../../i18n/format.js';
import { PartnerElement } from '../../internal/partner-element.js';
import { cardStyles, controlStyles, errorStyles, skeletonStyles, themeStyles, visuallyHidden } from '../../styles/shared.js';
import { npsSurveyMessages } from './nps-survey.messages.js';
import { npsSurveyStyles } from './nps-survey.styles.js';

type Survey = NpsSurveyQuery['npsSurvey'];

/** The server refuses longer comments (`BAD_USER_INPUT`); the textarea stops there. */
const COMMENT_MAX = 2000;

/**
 * What this widget's last answer did, for the member signed in when it was sent: answered
 * (points awarded), or refused because this quarter's survey was answered elsewhere.
 */
type Outcome = { pointsAwarded: number } | { next: string };

/**
 * @customElement partner-nps-survey
 *
 * @summary The quarterly NPS survey: "How likely are you to recommend …" on a 0–10 scale (a
 * radio group: arrow keys move), an optional comment and the points answering earns. A member
 * answers once a quarter; afterwards the widget says when they answered and when the next
 * survey opens. After an answer every balance on the page is refreshed.
 *
 * @event partner-load - The survey was shown (also after each refresh).
 * @event partner-error - The survey could not be loaded; `detail.code` says why.
 * @event partner-nps-submit - The member sent an answer; sent before the request. Cancelable: `preventDefault()` keeps it unsent. `detail: { score, comment }`.
 * @event partner-nps-submitted - The answer was recorded. `detail: { score, pointsAwarded }`.
 * @event partner-token-expired - Standalone only: the token expired (see `<partner-portal>`).
 *
 * @csspart card - The surrounding box.
 * @csspart form - The survey form.
 * @csspart scale - The 0–10 radio group (a `<fieldset>` whose legend is the question).
 * @csspart option - One score of the scale (its label, holding the radio).
 * @csspart comment - The comment textarea.
 * @csspart reward - "Answer and earn N points".
 * @csspart submit-button - The "Send answer" button.
 * @csspart thanks - The thank-you message after answering.
 * @csspart answered - "You answered on …; the next survey opens …".
 * @csspart error - An error message box (loading, or an answer that could not be sent).
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --partner-color-accent - The chosen score and the buttons.
 * @cssproperty --partner-color-positive - The points to earn and the points earned.
 * @cssproperty --partner-color-negative - "Choose a score" and errors.
 */
export class PartnerNpsSurvey extends PartnerElement {
  static override styles = [themeStyles, skeletonStyles, controlStyles, errorStyles, cardStyles, visuallyHidden, npsSurveyStyles];

  @state() private outcome?: Outcome;
  @state() private busy = false;
  @state() private failure?: PortalError;
  /** Sent without a score. */
  @state() private invalid = false;

  /** The token the outcome and failure belong to: a new one may be another member. */
  #token?: string;

  protected readonly survey = this.query(NpsSurveyDocument, () => ({}), ['feedback']);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const token = this.client?.token;
    if (token === this.#token) return;
    this.#token = token;
    this.outcome = this.failure = undefined;
    this.invalid = false;
  }

  protected override render() {
    const text = this.messages(npsSurveyMessages);
    return html`<section part="card" aria-labelledby="heading">
      <h2 id="heading">${text.heading}</h2>
      ${this.renderTask(this.survey, {
        loading: () => html`<span class="visually-hidden">${text.loading}</span>
          <div aria-hidden="true">
            <span class="skeleton"></span><span class="skeleton scale"></span><span class="skeleton"></span><span class="skeleton area"></span>
          </div>`,
        ready: ({ npsSurvey }) => this.#renderSurvey(npsSurvey),
      })}
    </section>`;
  }

  #renderSurvey(survey: Survey) {
    const text = this.messages(npsSurveyMessages);
    const locale = this.resolvedLocale;
    const outcome = this.outcome;
    if (outcome && 'pointsAwarded' in outcome) {
      return html`<div part="thanks" role="status" tabindex="-1">
        <p>${text.thanks}</p>
        ${outcome.pointsAwarded > 0 ? html`<p class="points">${text.earned(formatPoints(locale, outcome.pointsAwarded))}</p>` : null}
      </div>`;
    }
    if (outcome) return html`<p part="answered" role="alert" tabindex="-1">${text.ALREADY_ANSWERED(formatDate(locale, outcome.next || survey.nextPeriodStartsAt))}</p>`;
    if (!survey.canAnswer) {
      return html`<p part="answered">${text.answered(formatDate(locale, survey.answeredAt!), formatDate(locale, survey.nextPeriodStartsAt))}</p>`;
    }
    const busy = String(this.busy);
    return html`<form part="form" novalidate @submit=${this.#submit}>
      <fieldset part="scale" aria-describedby=${this.invalid ? 'invalid' : nothing} @change=${() => (this.invalid = false)}>
        <legend>${survey.question}</legend>
        <div class="scale">
          ${Array.from(
            { length: 11 },
            (_, score) =>
              html`<label part="option"><input type="radio" name="score" value=${score} aria-describedby=${score === 0 ? 'low' : score === 10 ? 'high' : nothing} />${score}</label>`,
          )}
        </div>
        <div class="ends"><span id="low">${text.low}</span><span id="high">${text.high}</span></div>
        ${this.invalid ? html`<p id="invalid" class="invalid">${text.scoreRequired}</p>` : null}
      </fieldset>
      <label for="comment">${text.comment}</label>
      <textarea id="comment" name="comment" part="comment" rows="3" maxlength=${COMMENT_MAX}></textarea>
      ${this.failure ? html`<div class="error" part="error" role="alert"><p>${this.#failureText(this.failure)}</p></div>` : null}
      <div class="actions">
        <button part="submit-button" class="primary" aria-disabled=${busy}>${this.busy ? text.sending : text.send}</button>
        ${survey.pointsReward > 0 ? html`<span part="reward">${text.reward(formatPoints(locale, survey.pointsReward))}</span>` : null}
      </div>
    </form>`;
  }

  #failureText(error: PortalError): string {
    const text = this.messages(npsSurveyMessages);
    if (error.code !== 'BAD_USER_INPUT') return this.errorMessage(error, text.sendFailed);
    return error.extensions.field === 'comment' ? text.tooLong(formatNumber(this.resolvedLocale, COMMENT_MAX)) : text.scoreRequired;
  }

  #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const client = this.client;
    // A second click or Enter while the answer is on its way sends nothing more.
    if (!client || this.busy) return;
    const form = event.target as HTMLFormElement;
    const chosen = (form.elements.namedItem('score') as RadioNodeList).value;
    if (!chosen) {
      this.invalid = true;
      this.failure = undefined;
      await this.updateComplete;
      form.querySelector('input')!.focus();
      return;
    }
    const score = Number(chosen);
    const comment = (form.elements.namedItem('comment') as HTMLTextAreaElement).value.trim();
    if (!this.dispatchEvent(new PartnerNpsSubmitEvent({ score, comment }))) return;
    this.busy = true;
    this.failure = undefined;
    try {
      const { submitNps } = await client.mutate(
        SubmitNpsDocument,
        { input: { score, comment: comment || null } },
        { locale: this.resolvedLocale, affects: ['feedback', 'points', 'ledger'] },
      );
      this.outcome = submitNps;
      this.dispatchEvent(new PartnerNpsSubmittedEvent({ score, pointsAwarded: submitNps.pointsAwarded }));
    } catch (error) {
      if (isAbortError(error)) return;
      const failure = error instanceof PortalError ? error : new PortalError('INTERNAL_SERVER_ERROR', String(error));
      if (failure.code === 'ALREADY_ANSWERED') {
        this.outcome = { next: String(failure.extensions.nextPeriodStartsAt ?? '') };
        // Answered in another tab: its points and answer are news to this page too.
        client.invalidate(['feedback', 'points', 'ledger']);
      } else this.failure = failure;
    } finally {
      this.busy = false;
    }
    // A token renewed on the way is still this member's: the outcome stays.
    this.#token = client.token;
    await this.updateComplete;
    // The form is gone after an outcome: focus goes to what replaced it.
    if (this.outcome) this.renderRoot.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  };
}
