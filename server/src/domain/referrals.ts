import { DomainError } from './errors.js';
import { assertNonNegativeInteger, badInput } from './validate.js';

// ---------------------------------------------------------------------------------------------
// State machine
// ---------------------------------------------------------------------------------------------

export const REFERRAL_STATES = ['SUBMITTED', 'QUALIFIED', 'CONVERTED', 'REWARDED', 'REJECTED'] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];

export const REFERRAL_REJECTION_REASONS = [
  'DUPLICATE',
  'SELF_REFERRAL',
  'EXISTING_PARTNER',
  'FREE_MAIL_DOMAIN',
  'NOT_QUALIFIED',
  'OTHER',
] as const;
export type ReferralRejectionReason = (typeof REFERRAL_REJECTION_REASONS)[number];

// A referral can only be rejected before it converts: once the company became a partner the
// referrer has earned the reward, and taking it back is a points adjustment, not a rejection.
const TRANSITIONS: Readonly<Record<ReferralState, readonly ReferralState[]>> = {
  SUBMITTED: ['QUALIFIED', 'REJECTED'],
  QUALIFIED: ['CONVERTED', 'REJECTED'],
  CONVERTED: ['REWARDED'],
  REWARDED: [],
  REJECTED: [],
};

function assertReferralState(value: unknown, name: string): asserts value is ReferralState {
  if (typeof value !== 'string' || !(REFERRAL_STATES as readonly string[]).includes(value)) {
    throw badInput(`${name} is not a referral state`, { field: name, value });
  }
}

export function allowedTransitions(from: ReferralState): readonly ReferralState[] {
  assertReferralState(from, 'from');
  return TRANSITIONS[from];
}

export function isTerminalState(state: ReferralState): boolean {
  return allowedTransitions(state).length === 0;
}

/** Throws INVALID_TRANSITION unless `from → to` is a move of the state machine. */
export function transition(from: ReferralState, to: ReferralState): void {
  assertReferralState(to, 'to');
  const allowed = allowedTransitions(from);
  if (!allowed.includes(to)) {
    throw new DomainError('INVALID_TRANSITION', `a referral cannot move from ${from} to ${to}`, {
      from,
      to,
      allowed: [...allowed],
    });
  }
}

export interface ReferralStatusChange {
  from: ReferralState;
  to: ReferralState;
  rejectionReason?: ReferralRejectionReason | null | undefined;
  /** Points credited to the referrer; required when moving to REWARDED. */
  rewardPoints?: number | null | undefined;
}

/**
 * A status change as the supplier submits it: a legal move, a reason exactly when rejecting,
 * and reward points exactly when rewarding (so the ledger credit and the status agree).
 */
export function validateStatusChange(change: ReferralStatusChange): void {
  transition(change.from, change.to);
  const reason = change.rejectionReason ?? null;
  if (change.to === 'REJECTED') {
    if (reason === null || !(REFERRAL_REJECTION_REASONS as readonly string[]).includes(reason)) {
      throw badInput('a rejection needs a reason', { field: 'rejectionReason', value: reason });
    }
  } else if (reason !== null) {
    throw badInput('only a rejection takes a reason', { field: 'rejectionReason' });
  }
  const rewardPoints = change.rewardPoints ?? null;
  if (change.to === 'REWARDED') {
    if (rewardPoints === null) throw badInput('rewarding needs rewardPoints', { field: 'rewardPoints' });
    assertNonNegativeInteger(rewardPoints, 'rewardPoints');
  } else if (rewardPoints !== null) {
    throw badInput('only rewarding takes rewardPoints', { field: 'rewardPoints' });
  }
}

// ---------------------------------------------------------------------------------------------
// Domains and e-mail
// ---------------------------------------------------------------------------------------------

const MAX_HOSTNAME_LENGTH = 253;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// An alphabetic or punycode top-level label: rules out IP addresses and typos like "example.c0m".
const TOP_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** Whether `host` (already lower-case ASCII) is a hostname with at least one dot. */
function isDottedHostname(host: string): boolean {
  if (host.length > MAX_HOSTNAME_LENGTH) return false;
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && TOP_LABEL.test(labels[labels.length - 1]!);
}

/** `normalizeDomain`, returning null instead of throwing. */
export function tryNormalizeDomain(input: string): string | null {
  if (typeof input !== 'string') return null;
  let host = input.trim().toLowerCase();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//.exec(host);
  if (scheme) host = host.slice(scheme[0].length);
  else if (host.startsWith('//')) host = host.slice(2);
  host = host.split(/[/?#]/, 1)[0]!;
  // Credentials only make sense in a URL; in a bare value an "@" means an e-mail address was
  // typed into the domain field, which we refuse rather than guess at.
  if (scheme && host.includes('@')) host = host.slice(host.lastIndexOf('@') + 1);
  host = host.replace(/:\d*$/, '');
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (/[^\x00-\x7f]/.test(host)) {
    // Internationalized names are compared in their punycode form, as DNS and browsers do.
    try {
      host = new URL(`http://${host}`).hostname;
    } catch {
      return null;
    }
  }
  if (host.startsWith('www.') && host.indexOf('.', 4) !== -1) host = host.slice(4);
  return isDottedHostname(host) ? host : null;
}

/**
 * The bare, lower-case hostname of a website or domain as people type it:
 * `https://www.Example.com/path`, `example.com` and `WWW.example.com.` all give `example.com`.
 * A leading `www.` is dropped because it names the same company. Throws BAD_USER_INPUT for
 * anything that isn't a hostname with a dot.
 */
export function normalizeDomain(input: string): string {
  const host = tryNormalizeDomain(input);
  if (host === null) throw badInput('not a valid domain', { field: 'domain', value: input });
  return host;
}

export const MAX_EMAIL_LENGTH = 254;
const MAX_EMAIL_LOCAL_LENGTH = 64;
// The WHATWG `<input type=email>` rule, so the browser's own check and ours agree.
export const EMAIL_PATTERN =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** `<input type=email>`'s rule, plus a dotted domain and RFC 5321 lengths. */
export function isValidEmail(email: string): boolean {
  if (typeof email !== 'string' || email.length > MAX_EMAIL_LENGTH || !EMAIL_PATTERN.test(email)) return false;
  const at = email.lastIndexOf('@');
  return at <= MAX_EMAIL_LOCAL_LENGTH && isDottedHostname(email.slice(at + 1).toLowerCase());
}

/** The lower-case domain of an e-mail address; BAD_USER_INPUT if it isn't one. */
export function emailDomain(email: string): string {
  const trimmed = typeof email === 'string' ? email.trim() : email;
  if (!isValidEmail(trimmed)) throw badInput('not a valid e-mail address', { field: 'contactEmail' });
  return trimmed.slice(trimmed.lastIndexOf('@') + 1).toLowerCase();
}

/** Webmail providers: an address there says nothing about which company the person is with. */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com',
  'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'passport.com',
  'yahoo.com', 'ymail.com', 'rocketmail.com',
  'icloud.com', 'me.com', 'mac.com',
  'aol.com', 'aim.com',
  'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me',
  'tutanota.com', 'tutanota.de', 'tuta.io', 'tuta.com',
  'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 't-online.de', 'freenet.de',
  'mail.com', 'email.com', 'fastmail.com', 'fastmail.fm', 'hey.com', 'hushmail.com',
  'zoho.com', 'zohomail.com', 'zohomail.eu',
  'mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'rambler.ru', 'yandex.com', 'yandex.ru', 'ya.ru',
  'qq.com', '163.com', '126.com', 'yeah.net', 'sina.com', 'sina.cn', 'sohu.com', 'aliyun.com',
  'naver.com', 'daum.net', 'hanmail.net',
  'rediffmail.com',
  'libero.it', 'virgilio.it', 'laposte.net', 'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr',
  'seznam.cz', 'wp.pl', 'o2.pl', 'interia.pl', 'onet.pl',
  'online.no',
]);

// Providers that run the same service under many country domains (yahoo.co.th, hotmail.no,
// live.com.my, gmx.at …): matched as <brand>.<cc>, <brand>.com|co|net|org.<cc>, or <brand>.com|net.
const FREE_MAIL_BRANDS = ['yahoo', 'hotmail', 'outlook', 'live', 'gmx', 'yandex', 'windowslive'];
const FREE_MAIL_BRAND_PATTERN = new RegExp(
  `^(?:${FREE_MAIL_BRANDS.join('|')})\\.(?:(?:com?|net|org)\\.[a-z]{2}|[a-z]{2}|com|net)$`,
);

/** Whether `domain` (any form normalizeDomain accepts) is a webmail provider; BAD_USER_INPUT if it isn't a domain. */
export function isFreeMailDomain(domain: string): boolean {
  const host = normalizeDomain(domain);
  return FREE_MAIL_DOMAINS.has(host) || FREE_MAIL_BRAND_PATTERN.test(host);
}

/** `a` is `b` or one of its subdomains. */
export function isSameOrSubdomain(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`);
}

// One company's sites: eu.acme.com and acme.com belong together whichever of the two is on file.
function relatedDomain(domain: string, candidates: readonly string[]): string | null {
  for (const raw of candidates) {
    // Stored lists may hold values from before domains were validated; one bad row must not
    // block every referral, so it is skipped.
    const candidate = tryNormalizeDomain(raw);
    if (candidate !== null && (isSameOrSubdomain(domain, candidate) || isSameOrSubdomain(candidate, domain))) {
      return candidate;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Screening
// ---------------------------------------------------------------------------------------------

export interface ReferralScreeningInput {
  referredDomain: string;
  contactEmail: string;
  /** The referring partner's domains. */
  referrerDomains: readonly string[];
  /** Domains of every partner already in the program. */
  partnerDomains: readonly string[];
  /** Domains of referrals still open (not rejected, not yet converted). */
  pendingReferralDomains: readonly string[];
}

export type ReferralScreening =
  | { verdict: 'ACCEPT' }
  | {
      verdict: 'REJECT';
      reason: Extract<ReferralRejectionReason, 'SELF_REFERRAL' | 'EXISTING_PARTNER' | 'DUPLICATE' | 'FREE_MAIL_DOMAIN'>;
      /** The domain on file that caused it. */
      matchedDomain: string;
    }
  | { verdict: 'FLAG'; reason: 'FREE_MAIL_DOMAIN' };

/**
 * Decides what happens to a new referral, first match wins:
 * 1. REJECT SELF_REFERRAL: the referred domain is (a subdomain of, or a parent of) one of the
 *    referrer's own, or the contact's e-mail is at the referrer's domain — a partner can't earn
 *    a referral reward for itself.
 * 2. REJECT EXISTING_PARTNER: the company is already in the program.
 * 3. REJECT DUPLICATE: someone already referred it and that referral is still open.
 * 4. REJECT FREE_MAIL_DOMAIN: the "company domain" is a webmail provider (gmail.com is nobody's
 *    company).
 * 5. FLAG FREE_MAIL_DOMAIN: the company has a domain but the contact uses webmail. Small firms do
 *    that legitimately, so it is accepted, but a person should check it.
 * Invalid domain or e-mail input throws BAD_USER_INPUT.
 */
export function screenReferral(input: ReferralScreeningInput): ReferralScreening {
  const domain = normalizeDomain(input.referredDomain);
  const contactDomain = emailDomain(input.contactEmail);

  const contactIsFreeMail = isFreeMailDomain(contactDomain);

  // A webmail contact address can't tie the contact to the referrer, even if a referrer's record
  // wrongly lists gmail.com as its domain.
  const self =
    relatedDomain(domain, input.referrerDomains) ??
    (contactIsFreeMail ? null : relatedDomain(contactDomain, input.referrerDomains));
  if (self !== null) return { verdict: 'REJECT', reason: 'SELF_REFERRAL', matchedDomain: self };
  const partner = relatedDomain(domain, input.partnerDomains);
  if (partner !== null) return { verdict: 'REJECT', reason: 'EXISTING_PARTNER', matchedDomain: partner };
  const pending = relatedDomain(domain, input.pendingReferralDomains);
  if (pending !== null) return { verdict: 'REJECT', reason: 'DUPLICATE', matchedDomain: pending };
  if (isFreeMailDomain(domain)) return { verdict: 'REJECT', reason: 'FREE_MAIL_DOMAIN', matchedDomain: domain };
  if (contactIsFreeMail) return { verdict: 'FLAG', reason: 'FREE_MAIL_DOMAIN' };
  return { verdict: 'ACCEPT' };
}

const SCREENING_ERROR_CODES = {
  SELF_REFERRAL: 'SELF_REFERRAL',
  EXISTING_PARTNER: 'EXISTING_PARTNER',
  DUPLICATE: 'DUPLICATE_REFERRAL',
  FREE_MAIL_DOMAIN: 'FREE_MAIL_DOMAIN',
} as const;

/** Throws the DomainError a rejected screening maps to; does nothing for ACCEPT and FLAG. */
export function assertScreeningPassed(screening: ReferralScreening): void {
  if (screening.verdict !== 'REJECT') return;
  throw new DomainError(SCREENING_ERROR_CODES[screening.reason], `referral rejected: ${screening.reason}`, {
    reason: screening.reason,
    matchedDomain: screening.matchedDomain,
  });
}

// ---------------------------------------------------------------------------------------------
// Form validation (the browser mirrors these rules)
// ---------------------------------------------------------------------------------------------

export interface ReferralInput {
  companyName?: string | null | undefined;
  domain?: string | null | undefined;
  contactName?: string | null | undefined;
  contactEmail?: string | null | undefined;
  phone?: string | null | undefined;
  note?: string | null | undefined;
  consent?: boolean | null | undefined;
}

export type ReferralField = keyof ReferralInput;

export type FieldErrorCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'INVALID_DOMAIN'
  | 'INVALID_EMAIL'
  | 'INVALID_PHONE'
  | 'CONSENT_REQUIRED'
  /** The company's domain is a webmail provider (found by the screening, not the form check). */
  | 'FREE_MAIL_DOMAIN';

export interface FieldError {
  field: ReferralField;
  code: FieldErrorCode;
  /** English, for logs and API users; the widget localizes by `code`. */
  message: string;
}

/**
 * Lengths are counted in UTF-16 code units (`String.length`), as the browser's `maxlength`
 * does; that count is never below the character count a database column limits.
 */
export const REFERRAL_LIMITS = {
  companyName: 120,
  contactName: 120,
  contactEmail: MAX_EMAIL_LENGTH,
  phone: 32,
  note: 1000,
} as const;

/** Digits, spaces and the usual separators, with an optional leading "+". */
export const PHONE_PATTERN = /^\+?[0-9 ()./-]+$/;
/** E.164 numbers have at most 15 digits; fewer than 6 is no reachable number anywhere. */
export const PHONE_DIGITS = { min: 6, max: 15 } as const;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Every problem with a submitted referral form, in form order; empty when it is valid. Values are
 * trimmed first, so whitespace alone counts as missing.
 */
export function validateReferralInput(input: ReferralInput): FieldError[] {
  const errors: FieldError[] = [];
  const requireText = (field: 'companyName' | 'contactName', label: string): void => {
    const value = text(input[field]);
    if (value === '') errors.push({ field, code: 'REQUIRED', message: `${label} is required` });
    else if (value.length > REFERRAL_LIMITS[field]) {
      errors.push({ field, code: 'TOO_LONG', message: `${label} must be at most ${REFERRAL_LIMITS[field]} characters` });
    }
  };

  requireText('companyName', 'Company name');

  const domain = text(input.domain);
  if (domain === '') errors.push({ field: 'domain', code: 'REQUIRED', message: 'Website or domain is required' });
  else if (tryNormalizeDomain(domain) === null) {
    errors.push({ field: 'domain', code: 'INVALID_DOMAIN', message: 'Enter a website or domain, e.g. example.com' });
  }

  requireText('contactName', 'Contact name');

  const email = text(input.contactEmail);
  if (email === '') errors.push({ field: 'contactEmail', code: 'REQUIRED', message: 'Contact e-mail is required' });
  else if (email.length > REFERRAL_LIMITS.contactEmail) {
    errors.push({
      field: 'contactEmail',
      code: 'TOO_LONG',
      message: `Contact e-mail must be at most ${REFERRAL_LIMITS.contactEmail} characters`,
    });
  } else if (!isValidEmail(email)) {
    errors.push({ field: 'contactEmail', code: 'INVALID_EMAIL', message: 'Enter a valid e-mail address' });
  }

  const phone = text(input.phone);
  if (phone.length > REFERRAL_LIMITS.phone) {
    errors.push({ field: 'phone', code: 'TOO_LONG', message: `Phone must be at most ${REFERRAL_LIMITS.phone} characters` });
  } else if (phone !== '') {
    const digits = phone.replace(/\D/g, '').length;
    if (!PHONE_PATTERN.test(phone) || digits < PHONE_DIGITS.min || digits > PHONE_DIGITS.max) {
      errors.push({ field: 'phone', code: 'INVALID_PHONE', message: 'Enter a phone number: digits, spaces, + ( ) - . /' });
    }
  }

  const note = text(input.note);
  if (note.length > REFERRAL_LIMITS.note) {
    errors.push({ field: 'note', code: 'TOO_LONG', message: `Note must be at most ${REFERRAL_LIMITS.note} characters` });
  }

  if (input.consent !== true) {
    errors.push({ field: 'consent', code: 'CONSENT_REQUIRED', message: 'The contact must agree to be contacted' });
  }
  return errors;
}

export interface NormalizedReferralInput {
  companyName: string;
  domain: string;
  contactName: string;
  contactEmail: string;
  phone: string | null;
  note: string | null;
}

/**
 * The form as it is stored: trimmed, the domain normalized, the e-mail's domain lower-cased,
 * empty optional fields as null. Throws BAD_USER_INPUT with `details.fieldErrors` when invalid.
 */
export function normalizeReferralInput(input: ReferralInput): NormalizedReferralInput {
  const fieldErrors = validateReferralInput(input);
  if (fieldErrors.length > 0) {
    throw new DomainError('BAD_USER_INPUT', fieldErrors.map((e) => e.message).join('; '), { fieldErrors });
  }
  const email = text(input.contactEmail);
  const at = email.lastIndexOf('@');
  return {
    companyName: text(input.companyName),
    domain: normalizeDomain(text(input.domain)),
    contactName: text(input.contactName),
    contactEmail: email.slice(0, at + 1) + email.slice(at + 1).toLowerCase(),
    phone: text(input.phone) || null,
    note: text(input.note) || null,
  };
}
