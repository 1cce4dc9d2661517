import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { ReferralFormDocument, SubmitReferralDocument, type SubmitReferralMutation } from '../../generated/graphql.js';
import { PortalError, isAbortError } from '../../client/errors.js';
import { PartnerReferralSubmitEvent, PartnerReferralSubmittedEvent, type ReferralRequestDetail } from '../../events.js';
import { formatDateTime, formatNumber, formatPoints } from '../../i18n/format.js';
import { PartnerElement } from '../../internal/partner-element.js';
import { cardStyles, controlStyles, errorStyles, themeStyles } from '../../styles/shared.js';
import { referralFormMessages } from './referral-form.messages.js';
import { referralFormStyles } from './referral-form.styles.js';
import { LIMITS, validateReferral, type FieldErrors, type ReferralField, type ReferralValues } from './validate-referral.js';

type Texts = (typeof referralFormMessages)['en'];
type TextField = Exclude<ReferralField, 'consent'>;

/** The text fields in form order, with their input type. */
const FIELDS: readonly [TextField, string][] = [
  ['companyName', 'text'],
  ['domain', 'text'],
  ['contactName', 'text'],
  ['contactEmail', 'email'],
  ['phone', 'tel'],
  ['note', ''],
];
/** The fraud rules the server applies to the company's domain: explained beside it. */
const DOMAIN_RULES = ['SELF_REFERRAL', 'EXISTING_PARTNER', 'DUPLICATE_REFERRAL'];

/**
 * @customElement partner-referral-form
 *
 * @summary A form to refer a company to the program: company name, website or domain, contact
 * name and e-mail, optional phone and note, and the contact's consent. It checks what the
 * server checks before sending (errors beside their fields, focus on the first), explains the
 * server's refusals in place (own company, already a partner, already referred, a webmail
 * "company", too many referrals today), and thanks the member by the company's name; a
 * referral with a free-mail contact address is accepted and the member is told the supplier
 * will check it. Lists of referrals on the page (`<partner-referrals>`) refresh.
 *
 * @event partner-load - The program's referral reward was loaded.
 * @event partner-error - The program's referral reward could not be loaded (the form still works); `detail.code` says why.
 * @event partner-referral-submit - The member sent a referral that passed the form's checks; sent before the request. Cancelable: `preventDefault()` vetoes it. `detail`: the referral (`companyName`, `domain`, `contactName`, `contactEmail`, `phone`, `note`, `consent`) and its `idempotencyKey` (the same when the same referral is sent again).
 * @event partner-referral-submitted - The referral was recorded. `detail: { id, status, flagged }`.
 * @event partner-token-expired - Standalone only: the token expired (see `<partner-portal>`).
 *
 * @csspart card - The surrounding box.
 * @csspart form - The form.
 * @csspart field - A field's label, input and error.
 * @csspart input - A text input or the note's text area (also `input invalid` when it has an error).
 * @csspart field-error - A field's error message.
 * @csspart submit-button - "Send referral".
 * @csspart error - The form-level error (too many referrals, no connection).
 * @csspart success - The thank-you message after sending.
 * @csspart another-button - "Refer another company".
 *
 * @cssproperty --partner-color-accent - Buttons and focus rings.
 * @cssproperty --partner-color-negative - Errors.
 * @cssproperty --partner-color-positive - The thank-you message.
 */
export class PartnerReferralForm extends PartnerElement {
  static override styles = [themeStyles, controlStyles, errorStyles, cardStyles, referralFormStyles];

  @state() private errors: FieldErrors = {};
  /** A refusal that is about the whole form (rate limit, connection). */
  @state() private failure?: PortalError;
  @state() private busy = false;
  @state() private done?: SubmitReferralMutation['submitReferral'];
  /** Set at once on submit, before any await: a second Enter or click sends nothing. */
  #sending = false;
  /**
   * The idempotency key of the referral being sent and the values it was sent with: sending the
   * same values again (after a lost answer) reuses the key, so the server answers the referral
   * it already recorded instead of refusing a duplicate. Other values get a new key.
   */
  #attempt?: { key: string; values: string };

  protected readonly program = this.query(ReferralFormDocument, () => ({}), []);

  protected override render() {
    const text = this.messages(referralFormMessages);
    const reward = this.program.value?.program.referralRewardPoints;
    const done = this.done;
    return html`<section part="card" aria-labelledby="heading">
      <h2 id="heading">${text.heading}</h2>
      ${done
        ? html`<div part="success" class="success" role="status" tabindex="-1">
            <p><strong>${text.thanks(done.companyName)}</strong></p>
            ${done.flagged ? html`<p class="flagged">${text.flagged}</p>` : nothing}
            <button type="button" part="another-button" @click=${this.#another}>${text.another}</button>
          </div>`
        : html`<p class="intro">${text.intro} ${reward ? text.reward(formatPoints(this.resolvedLocale, reward)) : nothing}</p>
            <form part="form" novalidate @submit=${this.#submit} @input=${this.#recheck} @change=${this.#recheck}>
              ${FIELDS.map(([field, type]) => this.#field(text, field, type))}
              <div part="field" class="field consent">
                <input type="checkbox" id="consent" name="consent" required aria-invalid=${this.errors.consent ? 'true' : 'false'} aria-describedby=${this.errors.consent ? 'consent-error' : nothing} />
                <label for="consent">${text.consent}</label>
                ${this.#error(text, 'consent')}
              </div>
              ${this.failure ? html`<div part="error" class="error" role="alert"><p>${this.#failureText(text, this.failure)}</p></div>` : nothing}
              <button type="submit" part="submit-button" class="primary" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? text.submitting : text.submit}</button>
            </form>`}
    </section>`;
  }

  #field(text: Texts, field: TextField, type: string) {
    const error = this.errors[field];
    const invalid = error ? 'true' : 'false';
    const describedBy = [field === 'domain' && 'domain-hint', error && `${field}-error`].filter(Boolean).join(' ') || nothing;
    return html`<div part="field" class="field">
      <label for=${field}>${text[field]}</label>
      ${field === 'domain' ? html`<span id="domain-hint" class="hint">${text.domainHint}</span>` : nothing}
      ${type
        ? html`<input
            id=${field}
            name=${field}
            type=${type}
            part=${error ? 'input invalid' : 'input'}
            autocomplete="off"
            inputmode=${field === 'domain' ? 'url' : nothing}
            maxlength=${LIMITS[field] ?? nothing}
            ?required=${field !== 'phone'}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
          />`
        : html`<textarea id=${field} name=${field} part=${error ? 'input invalid' : 'input'} rows="3" maxlength=${LIMITS.note!} aria-invalid=${invalid} aria-describedby=${describedBy}></textarea>`}
      ${this.#error(text, field)}
    </div>`;
  }

  #error(text: Texts, field: ReferralField) {
    const code = this.errors[field];
    if (!code) return nothing;
    const message =
      code === 'TOO_LONG' ? text.TOO_LONG(formatNumber(this.resolvedLocale, LIMITS[field] ?? 0)) : ((text as unknown as Record<string, string>)[code] ?? text.INVALID);
    return html`<p id="${field}-error" part="field-error" class="field-error">${message}</p>`;
  }

  #failureText(text: Texts, failure: PortalError): string {
    if (failure.code !== 'RATE_LIMITED' || !failure.extensions.retryAt) return this.errorMessage(failure, text.failed);
    return text.RATE_LIMITED(formatNumber(this.resolvedLocale, Number(failure.extensions.limit)), formatDateTime(this.resolvedLocale, String(failure.extensions.retryAt)));
  }

  /** The form's values, trimmed; empty ones `null` (only the optional fields pass the checks empty). */
  #values(): ReferralValues {
    const elements = this.renderRoot.querySelector('form')!.elements as unknown as Record<ReferralField, HTMLInputElement>;
    const values = { consent: elements.consent.checked } as ReferralValues;
    for (const [field] of FIELDS) values[field] = elements[field].value.trim() || null;
    return values;
  }

  /** Once a field shows an error, it is checked again as the member corrects it. */
  #recheck = (event: Event) => {
    const field = (event.target as HTMLInputElement).name as ReferralField;
    if (!this.errors[field]) return;
    const errors = { ...this.errors };
    const code = validateReferral(this.#values())[field];
    if (code) errors[field] = code;
    else delete errors[field];
    this.errors = errors;
  };

  #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const client = this.client;
    if (this.#sending || !client) return;
    this.#sending = true;
    try {
      await this.#send(client);
    } finally {
      this.#sending = this.busy = false;
    }
  };

  async #send(client: NonNullable<PartnerElement['client']>) {
    const values = this.#values();
    this.failure = undefined;
    this.errors = validateReferral(values);
    if (await this.#focusFirstError()) return;

    const sent = JSON.stringify(values);
    if (this.#attempt?.values !== sent) this.#attempt = { key: crypto.randomUUID(), values: sent };
    const input = { ...values, idempotencyKey: this.#attempt.key } as ReferralRequestDetail;
    if (!this.dispatchEvent(new PartnerReferralSubmitEvent(input))) return;
    this.busy = true;
    try {
      const { submitReferral } = await client.mutate(SubmitReferralDocument, { input }, { locale: this.resolvedLocale, affects: ['referrals'] });
      this.#attempt = undefined;
      this.done = submitReferral;
      this.dispatchEvent(new PartnerReferralSubmittedEvent({ id: submitReferral.id, status: submitReferral.status, flagged: submitReferral.flagged }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="success"]')?.focus();
    } catch (error) {
      if (isAbortError(error)) return;
      const failure = error instanceof PortalError ? error : new PortalError('INTERNAL_SERVER_ERROR', String(error));
      const { fieldErrors, field, reason } = failure.extensions as { fieldErrors?: { field: ReferralField; code: string }[]; field?: ReferralField; reason?: string };
      if (fieldErrors?.length) this.errors = Object.fromEntries(fieldErrors.map((e) => [e.field, e.code]));
      else if (DOMAIN_RULES.includes(failure.code)) this.errors = { domain: failure.code };
      else if (failure.code === 'BAD_USER_INPUT' && field) this.errors = { [field]: reason ?? 'INVALID' };
      // Not about a field: the alert above the button says it, and focus stays where it was.
      else this.failure = failure;
      await this.#focusFirstError();
    }
  }

  /** Focus on the first field with an error, in form order; false when there is none. */
  async #focusFirstError(): Promise<boolean> {
    await this.updateComplete;
    const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
    return Boolean(first);
  }

  #another = async () => {
    this.done = undefined;
    this.errors = {};
    this.failure = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input')?.focus();
  };
}
