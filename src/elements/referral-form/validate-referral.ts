/**
 * The server's form rules for a referral (`server/src/domain/referrals.ts`,
 * `validateReferralInput`), in the browser so most mistakes are explained before anything is
 * sent. `test/unit/referral-validation.test.ts` holds the two to the same answers. Rules that
 * need data (webmail providers, partners, earlier referrals) stay on the server.
 */

export type ReferralField = 'companyName' | 'domain' | 'contactName' | 'contactEmail' | 'phone' | 'note' | 'consent';
export type ReferralValues = Record<Exclude<ReferralField, 'consent'>, string | null> & { consent: boolean };
/** A field's error code, as the server names it in `extensions.fieldErrors`. */
export type FieldErrors = Partial<Record<ReferralField, string>>;

/** `maxlength` of each text field; the domain's own rules limit it. */
export const LIMITS: Partial<Record<ReferralField, number>> = { companyName: 120, contactName: 120, contactEmail: 254, phone: 32, note: 1000 };

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
// The WHATWG `<input type=email>` rule, as the server has it.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

const isHost = (host: string) => host.length < 254 && HOST.test(host);

/** A website or domain as people type it: scheme, `www.`, path, port and a final dot allowed. */
export function isDomain(value: string): boolean {
  const lower = value.trim().toLowerCase();
  const scheme = /^(?:[a-z][a-z0-9+.-]*:)?\/\//.exec(lower);
  let host = lower.slice(scheme?.[0].length ?? 0).split(/[/?#]/, 1)[0]!;
  // Credentials belong in a URL; a bare "@" means an e-mail address in the wrong field.
  if (scheme) host = host.slice(host.lastIndexOf('@') + 1);
  host = host.replace(/:\d*$/, '').replace(/\.$/, '');
  if (/[^\x00-\x7f]/.test(host)) {
    try {
      host = new URL(`http://${host}`).hostname;
    } catch {
      return false;
    }
  }
  return isHost(host);
}

export function isEmail(value: string): boolean {
  const at = value.lastIndexOf('@');
  return value.length <= 254 && EMAIL.test(value) && at <= 64 && isHost(value.slice(at + 1).toLowerCase());
}

/** Every field's first problem (trimmed values: whitespace alone is missing), in form order. */
export function validateReferral(values: ReferralValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of ['companyName', 'domain', 'contactName', 'contactEmail', 'phone', 'note'] as const) {
    const value = (values[field] ?? '').trim();
    const optional = field === 'phone' || field === 'note';
    const code =
      value === ''
        ? optional
          ? ''
          : 'REQUIRED'
        : value.length > (LIMITS[field] ?? Infinity)
          ? 'TOO_LONG'
          : field === 'domain' && !isDomain(value)
            ? 'INVALID_DOMAIN'
            : field === 'contactEmail' && !isEmail(value)
              ? 'INVALID_EMAIL'
              : field === 'phone' && !(/^\+?[0-9 ()./-]+$/.test(value) && /^(?:\D*\d){6,15}\D*$/.test(value))
                ? 'INVALID_PHONE'
                : '';
    if (code) errors[field] = code;
  }
  if (!values.consent) errors.consent = 'CONSENT_REQUIRED';
  return errors;
}
