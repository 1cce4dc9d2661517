import { assertDomainError } from './helpers.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allowedTransitions,
  assertScreeningPassed,
  emailDomain,
  FREE_MAIL_DOMAINS,
  isFreeMailDomain,
  isSameOrSubdomain,
  isTerminalState,
  isValidEmail,
  normalizeDomain,
  normalizeReferralInput,
  REFERRAL_LIMITS,
  REFERRAL_STATES,
  screenReferral,
  transition,
  tryNormalizeDomain,
  validateReferralInput,
  validateStatusChange,
  type ReferralInput,
  type ReferralScreeningInput,
  type ReferralState,
} from '../../../server/src/domain/referrals.js';

describe('referral state machine', () => {
  const legal: Record<ReferralState, ReferralState[]> = {
    SUBMITTED: ['QUALIFIED', 'REJECTED'],
    QUALIFIED: ['CONVERTED', 'REJECTED'],
    CONVERTED: ['REWARDED'],
    REWARDED: [],
    REJECTED: [],
  };
  for (const from of REFERRAL_STATES) {
    it(`${from} allows exactly ${legal[from].join(', ') || 'nothing'}`, () => {
      assert.deepEqual([...allowedTransitions(from)], legal[from]);
    });
    for (const to of REFERRAL_STATES) {
      if (legal[from].includes(to)) {
        it(`${from} → ${to} is allowed`, () => { transition(from, to); });
      } else {
        it(`${from} → ${to} is INVALID_TRANSITION`, () => {
          assertDomainError(() => transition(from, to), 'INVALID_TRANSITION', { from, to, allowed: legal[from] });
        });
      }
    }
  }
  it('REWARDED and REJECTED are terminal', () => {
    assert.deepEqual(REFERRAL_STATES.filter(isTerminalState), ['REWARDED', 'REJECTED']);
  });
  it('refuses unknown states as bad input', () => {
    assertDomainError(() => transition('PENDING' as ReferralState, 'QUALIFIED'), 'BAD_USER_INPUT');
    assertDomainError(() => transition('SUBMITTED', 'DONE' as ReferralState), 'BAD_USER_INPUT');
    assertDomainError(() => allowedTransitions('nope' as ReferralState), 'BAD_USER_INPUT');
  });
});

describe('validateStatusChange', () => {
  it('a rejection needs a reason, and only a rejection takes one', () => {
    validateStatusChange({ from: 'SUBMITTED', to: 'REJECTED', rejectionReason: 'NOT_QUALIFIED' });
    assertDomainError(() => validateStatusChange({ from: 'SUBMITTED', to: 'REJECTED' }), 'BAD_USER_INPUT');
    assertDomainError(() => validateStatusChange({ from: 'SUBMITTED', to: 'REJECTED', rejectionReason: 'BECAUSE' as 'OTHER' }), 'BAD_USER_INPUT');
    assertDomainError(() => validateStatusChange({ from: 'SUBMITTED', to: 'QUALIFIED', rejectionReason: 'OTHER' }), 'BAD_USER_INPUT');
    validateStatusChange({ from: 'SUBMITTED', to: 'QUALIFIED', rejectionReason: null });
  });
  it('rewarding needs reward points, and only rewarding takes them', () => {
    validateStatusChange({ from: 'CONVERTED', to: 'REWARDED', rewardPoints: 500 });
    validateStatusChange({ from: 'CONVERTED', to: 'REWARDED', rewardPoints: 0 });
    assertDomainError(() => validateStatusChange({ from: 'CONVERTED', to: 'REWARDED' }), 'BAD_USER_INPUT');
    assertDomainError(() => validateStatusChange({ from: 'CONVERTED', to: 'REWARDED', rewardPoints: -1 }), 'BAD_USER_INPUT');
    assertDomainError(() => validateStatusChange({ from: 'CONVERTED', to: 'REWARDED', rewardPoints: 2.5 }), 'BAD_USER_INPUT');
    assertDomainError(() => validateStatusChange({ from: 'QUALIFIED', to: 'CONVERTED', rewardPoints: 5 }), 'BAD_USER_INPUT');
  });
  it('checks the move first', () => {
    assertDomainError(() => validateStatusChange({ from: 'REWARDED', to: 'REJECTED', rejectionReason: 'OTHER' }), 'INVALID_TRANSITION');
  });
});

describe('normalizeDomain', () => {
  const valid: [string, string][] = [
    ['https://www.Example.com/path', 'example.com'],
    ['example.com', 'example.com'],
    ['WWW.example.com.', 'example.com'],
    ['  example.com  ', 'example.com'],
    ['http://example.com:8080/x?y=1#z', 'example.com'],
    ['example.com:443', 'example.com'],
    ['example.com/about', 'example.com'],
    ['example.com?ref=1', 'example.com'],
    ['example.com#top', 'example.com'],
    ['//example.com/x', 'example.com'],
    ['https://user:secret@shop.example.com/', 'shop.example.com'],
    ['HTTPS://SHOP.EXAMPLE.CO.UK', 'shop.example.co.uk'],
    ['ftp://files.example.org', 'files.example.org'],
    ['www.example.co.th', 'example.co.th'],
    ['www.com', 'www.com'], // "www." is only dropped when a dotted name remains
    ['my-company.io', 'my-company.io'],
    ['123abc.com', '123abc.com'],
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['https://www.MÜNCHEN.de/', 'xn--mnchen-3ya.de'],
    ['xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ];
  for (const [input, expected] of valid) {
    it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(normalizeDomain(input), expected));
  }

  const invalid: [string, unknown][] = [
    ['empty', ''],
    ['blank', '   '],
    ['no dot', 'localhost'],
    ['a bare word', 'example'],
    ['an IPv4 address', '1.2.3.4'],
    ['an IPv6 address', '[::1]'],
    ['a space inside', 'exa mple.com'],
    ['an underscore', 'exa_mple.com'],
    ['a leading hyphen', '-example.com'],
    ['a trailing hyphen in a label', 'example-.com'],
    ['an empty label', 'example..com'],
    ['a leading dot', '.example.com'],
    ['an e-mail address', 'john@example.com'],
    ['a mailto link', 'mailto:john@example.com'],
    ['a scheme only', 'https://'],
    ['a numeric top-level label', 'example.c0m'],
    ['a one-letter top-level label', 'example.c'],
    ['a 64-character label', `${'a'.repeat(64)}.com`],
    ['more than 253 characters', `${Array.from({ length: 51 }, () => 'abcd').join('.')}.com`],
    ['percent-encoding', 'exa%41mple.com'],
    ['not a string', 42],
  ];
  for (const [label, input] of invalid) {
    it(`refuses ${label}`, () => {
      assertDomainError(() => normalizeDomain(input as string), 'BAD_USER_INPUT');
      assert.equal(tryNormalizeDomain(input as string), null);
    });
  }
  it('accepts a 63-character label', () => assert.equal(normalizeDomain(`${'a'.repeat(63)}.com`), `${'a'.repeat(63)}.com`));
  it('accepts exactly 253 characters', () => {
    const longest = `${Array.from({ length: 50 }, () => 'abcd').join('.')}.com`;
    assert.equal(longest.length, 253);
    assert.equal(normalizeDomain(longest), longest);
  });
});

describe('e-mail', () => {
  it('emailDomain lower-cases and trims', () => {
    assert.equal(emailDomain('Jane.Doe@Example.COM'), 'example.com');
    assert.equal(emailDomain('  jane+ref@mail.example.co.uk '), 'mail.example.co.uk');
  });
  const invalid = ['jane', 'jane@', '@example.com', 'jane@example', 'jane@@example.com', 'ja ne@example.com', 'jane@exa_mple.com', 'jane@1.2.3.4', `${'a'.repeat(65)}@example.com`, `jane@${'a'.repeat(250)}.com`, ''];
  for (const email of invalid) {
    it(`refuses ${JSON.stringify(email.length > 40 ? `${email.slice(0, 20)}…` : email)}`, () => {
      assert.equal(isValidEmail(email), false);
      assertDomainError(() => emailDomain(email), 'BAD_USER_INPUT');
    });
  }
  it('accepts a 64-character local part and the WHATWG special characters', () => {
    assert.equal(isValidEmail(`${'a'.repeat(64)}@example.com`), true);
    assert.equal(isValidEmail("o'brien+tag.x!#$%&*/=?^_`{|}~-@example.com"), true);
  });
});

describe('free-mail domains', () => {
  const free = [
    'gmail.com', 'GMAIL.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'icloud.com', 'me.com',
    'aol.com', 'proton.me', 'protonmail.com', 'gmx.de', 'gmx.net', 'mail.ru', 'yandex.ru', 'qq.com', '163.com',
    'zoho.com', 'yahoo.com', 'yahoo.co.th', 'yahoo.com.my', 'yahoo.co.uk', 'hotmail.no', 'hotmail.co.th', 'live.com.my',
    'outlook.co.th', 'gmx.at', 'yandex.kz', 'https://www.gmail.com/',
  ];
  for (const domain of free) it(`${domain} is free mail`, () => assert.equal(isFreeMailDomain(domain), true));
  const business = ['example.com', 'acme.co.th', 'mygmail.com', 'gmail.example.com', 'yahoo-partners.com', 'yahoo.example.com', 'hotmailer.no'];
  for (const domain of business) it(`${domain} is not free mail`, () => assert.equal(isFreeMailDomain(domain), false));
  it('the list holds only normalized domains', () => {
    for (const domain of FREE_MAIL_DOMAINS) assert.equal(normalizeDomain(domain), domain);
  });
});

describe('isSameOrSubdomain', () => {
  it('matches the domain itself and its subdomains, not look-alikes', () => {
    assert.equal(isSameOrSubdomain('acme.com', 'acme.com'), true);
    assert.equal(isSameOrSubdomain('eu.shop.acme.com', 'acme.com'), true);
    assert.equal(isSameOrSubdomain('notacme.com', 'acme.com'), false);
    assert.equal(isSameOrSubdomain('acme.com', 'eu.acme.com'), false);
  });
});

describe('screenReferral', () => {
  const base: ReferralScreeningInput = {
    referredDomain: 'https://www.newco.com',
    contactEmail: 'buyer@newco.com',
    referrerDomains: ['acme.com'],
    partnerDomains: ['acme.com', 'partner.co.th'],
    pendingReferralDomains: ['pending.no'],
  };
  const screen = (overrides: Partial<ReferralScreeningInput>) => screenReferral({ ...base, ...overrides });

  it('accepts a new company with a company contact', () => assert.deepEqual(screen({}), { verdict: 'ACCEPT' }));
  it('accepts a contact at another company domain (e.g. an agency)', () => {
    assert.deepEqual(screen({ contactEmail: 'pm@agency.com' }), { verdict: 'ACCEPT' });
  });
  it('accepts a sibling subdomain and a look-alike name', () => {
    assert.deepEqual(screen({ referredDomain: 'eu.partner-other.com', partnerDomains: ['us.partner-other.com'] }), { verdict: 'ACCEPT' });
    assert.deepEqual(screen({ referredDomain: 'notacme.com' }), { verdict: 'ACCEPT' });
  });

  const cases: [string, Partial<ReferralScreeningInput>, unknown][] = [
    ['the referrer’s own domain', { referredDomain: 'ACME.com' }, { verdict: 'REJECT', reason: 'SELF_REFERRAL', matchedDomain: 'acme.com' }],
    ['a subdomain of the referrer’s', { referredDomain: 'shop.acme.com' }, { verdict: 'REJECT', reason: 'SELF_REFERRAL', matchedDomain: 'acme.com' }],
    ['the parent of the referrer’s domain', { referredDomain: 'acme.com', referrerDomains: ['eu.acme.com'], partnerDomains: [] }, { verdict: 'REJECT', reason: 'SELF_REFERRAL', matchedDomain: 'eu.acme.com' }],
    ['a contact at the referrer’s domain', { contactEmail: 'me@acme.com' }, { verdict: 'REJECT', reason: 'SELF_REFERRAL', matchedDomain: 'acme.com' }],
    ['an existing partner', { referredDomain: 'partner.co.th', contactEmail: 'x@partner.co.th' }, { verdict: 'REJECT', reason: 'EXISTING_PARTNER', matchedDomain: 'partner.co.th' }],
    ['a subdomain of an existing partner', { referredDomain: 'bkk.partner.co.th' }, { verdict: 'REJECT', reason: 'EXISTING_PARTNER', matchedDomain: 'partner.co.th' }],
    ['a company with an open referral', { referredDomain: 'www.pending.no' }, { verdict: 'REJECT', reason: 'DUPLICATE', matchedDomain: 'pending.no' }],
    ['a webmail "company domain"', { referredDomain: 'gmail.com', contactEmail: 'x@gmail.com' }, { verdict: 'REJECT', reason: 'FREE_MAIL_DOMAIN', matchedDomain: 'gmail.com' }],
    ['a company domain with a webmail contact', { contactEmail: 'newco.buyer@gmail.com' }, { verdict: 'FLAG', reason: 'FREE_MAIL_DOMAIN' }],
    ['a yahoo.co.th contact', { contactEmail: 'newco@yahoo.co.th' }, { verdict: 'FLAG', reason: 'FREE_MAIL_DOMAIN' }],
  ];
  for (const [label, overrides, expected] of cases) {
    it(`${label} → ${JSON.stringify(expected)}`, () => assert.deepEqual(screen(overrides), expected));
  }

  it('checks self-referral before existing partner before duplicate before free mail', () => {
    const everything = { referredDomain: 'acme.com', partnerDomains: ['acme.com'], pendingReferralDomains: ['acme.com'], contactEmail: 'a@gmail.com' };
    assert.equal((screen(everything) as { reason: string }).reason, 'SELF_REFERRAL');
    assert.equal((screen({ ...everything, referrerDomains: ['other.com'] }) as { reason: string }).reason, 'EXISTING_PARTNER');
    assert.equal((screen({ ...everything, referrerDomains: [], partnerDomains: [] }) as { reason: string }).reason, 'DUPLICATE');
    assert.equal(screen({ ...everything, referrerDomains: [], partnerDomains: [], pendingReferralDomains: [] }).verdict, 'FLAG');
  });
  it('does not treat a webmail contact as self-referral even if a referrer record lists gmail.com', () => {
    assert.deepEqual(screen({ referrerDomains: ['acme.com', 'gmail.com'], contactEmail: 'x@gmail.com' }), { verdict: 'FLAG', reason: 'FREE_MAIL_DOMAIN' });
  });
  it('skips stored domains that are not valid', () => {
    assert.deepEqual(screen({ partnerDomains: ['not a domain', ''], pendingReferralDomains: ['localhost'] }), { verdict: 'ACCEPT' });
  });
  it('refuses an invalid referred domain or contact e-mail', () => {
    assertDomainError(() => screen({ referredDomain: 'newco' }), 'BAD_USER_INPUT');
    assertDomainError(() => screen({ contactEmail: 'newco.com' }), 'BAD_USER_INPUT');
  });
});

describe('assertScreeningPassed', () => {
  it('maps each rejection to its error code', () => {
    const codes = { SELF_REFERRAL: 'SELF_REFERRAL', EXISTING_PARTNER: 'EXISTING_PARTNER', DUPLICATE: 'DUPLICATE_REFERRAL', FREE_MAIL_DOMAIN: 'FREE_MAIL_DOMAIN' } as const;
    for (const [reason, code] of Object.entries(codes)) {
      assertDomainError(
        () => assertScreeningPassed({ verdict: 'REJECT', reason: reason as keyof typeof codes, matchedDomain: 'x.com' }),
        code,
        { reason, matchedDomain: 'x.com' },
      );
    }
  });
  it('lets ACCEPT and FLAG through', () => {
    assertScreeningPassed({ verdict: 'ACCEPT' });
    assertScreeningPassed({ verdict: 'FLAG', reason: 'FREE_MAIL_DOMAIN' });
  });
});

describe('validateReferralInput', () => {
  const valid: ReferralInput = {
    companyName: 'NewCo Ltd',
    domain: 'https://www.newco.com',
    contactName: 'Somchai P.',
    contactEmail: 'somchai@newco.com',
    phone: '+66 2 123 4567',
    note: 'Met at the Bangkok expo',
    consent: true,
  };
  const errorsOf = (overrides: Partial<ReferralInput>) =>
    validateReferralInput({ ...valid, ...overrides }).map((e) => `${e.field}:${e.code}`);

  it('accepts a complete form', () => assert.deepEqual(validateReferralInput(valid), []));
  it('accepts a form without the optional fields', () => {
    assert.deepEqual(errorsOf({ phone: undefined, note: undefined }), []);
    assert.deepEqual(errorsOf({ phone: null, note: null }), []);
    assert.deepEqual(errorsOf({ phone: '  ', note: '' }), []);
  });
  it('lists every missing required field, in form order', () => {
    assert.deepEqual(validateReferralInput({}).map((e) => `${e.field}:${e.code}`), [
      'companyName:REQUIRED',
      'domain:REQUIRED',
      'contactName:REQUIRED',
      'contactEmail:REQUIRED',
      'consent:CONSENT_REQUIRED',
    ]);
  });
  it('treats whitespace as missing', () => {
    assert.deepEqual(errorsOf({ companyName: '   ', contactName: '\t' }), ['companyName:REQUIRED', 'contactName:REQUIRED']);
  });
  it('gives every error a message', () => {
    for (const e of validateReferralInput({})) assert.ok(e.message.length > 0);
  });

  const limits: [keyof typeof REFERRAL_LIMITS & keyof ReferralInput, (n: number) => string][] = [
    ['companyName', (n) => 'c'.repeat(n)],
    ['contactName', (n) => 'n'.repeat(n)],
    ['note', (n) => 'x'.repeat(n)],
  ];
  for (const [field, make] of limits) {
    const max = REFERRAL_LIMITS[field];
    it(`${field}: ${max} characters pass, ${max + 1} are TOO_LONG (after trimming)`, () => {
      assert.deepEqual(errorsOf({ [field]: make(max) }), []);
      assert.deepEqual(errorsOf({ [field]: `  ${make(max)}  ` }), []);
      assert.deepEqual(errorsOf({ [field]: make(max + 1) }), [`${field}:TOO_LONG`]);
    });
  }
  it('the limits are 120 / 120 / 1000', () => {
    assert.equal(REFERRAL_LIMITS.companyName, 120);
    assert.equal(REFERRAL_LIMITS.contactName, 120);
    assert.equal(REFERRAL_LIMITS.note, 1000);
  });
  it('counts UTF-16 units like the browser’s maxlength (an emoji is 2)', () => {
    assert.deepEqual(errorsOf({ companyName: `${'c'.repeat(118)}😀` }), []);
    assert.deepEqual(errorsOf({ companyName: `${'c'.repeat(119)}😀` }), ['companyName:TOO_LONG']);
  });
  it('accepts Thai and other scripts', () => {
    assert.deepEqual(errorsOf({ companyName: 'บริษัท ตัวอย่าง จำกัด', contactName: 'Ståle Ødegård' }), []);
  });

  it('checks the domain', () => {
    assert.deepEqual(errorsOf({ domain: 'newco' }), ['domain:INVALID_DOMAIN']);
    assert.deepEqual(errorsOf({ domain: 'newco.com/about' }), []);
  });
  it('checks the e-mail', () => {
    assert.deepEqual(errorsOf({ contactEmail: 'somchai@newco' }), ['contactEmail:INVALID_EMAIL']);
    assert.deepEqual(errorsOf({ contactEmail: 'somchai' }), ['contactEmail:INVALID_EMAIL']);
    assert.deepEqual(errorsOf({ contactEmail: ` somchai@newco.com ` }), []);
    assert.deepEqual(errorsOf({ contactEmail: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(60)}.com` }), ['contactEmail:TOO_LONG']);
  });

  const phones: [string, boolean][] = [
    ['+66 2 123 4567', true],
    ['(02) 123-4567', true],
    ['+47 22.33.44.55', true],
    ['03/1234 5678', true],
    ['123456', true], // 6 digits: the shortest accepted
    ['12345', false],
    ['123456789012345', true], // 15 digits: E.164's maximum
    ['1234567890123456', false],
    ['+66 2 123 4567 ext 5', false],
    ['66+21234567', false],
    ['++66 2 123 4567', false],
    ['abc', false],
  ];
  for (const [phone, ok] of phones) {
    it(`phone ${JSON.stringify(phone)} is ${ok ? 'valid' : 'INVALID_PHONE'}`, () => {
      assert.deepEqual(errorsOf({ phone }), ok ? [] : ['phone:INVALID_PHONE']);
    });
  }
  it(`phone: ${REFERRAL_LIMITS.phone} characters pass, more are TOO_LONG`, () => {
    const longest = `+66 ${' '.repeat(20)}21234567`;
    assert.equal(longest.length, 32);
    assert.deepEqual(errorsOf({ phone: longest }), []);
    assert.deepEqual(errorsOf({ phone: `+66 ${' '.repeat(21)}21234567` }), ['phone:TOO_LONG']);
  });

  it('needs consent to be exactly true', () => {
    assert.deepEqual(errorsOf({ consent: false }), ['consent:CONSENT_REQUIRED']);
    assert.deepEqual(errorsOf({ consent: null }), ['consent:CONSENT_REQUIRED']);
    assert.deepEqual(errorsOf({ consent: 'yes' as unknown as boolean }), ['consent:CONSENT_REQUIRED']);
  });
});

describe('normalizeReferralInput', () => {
  it('trims, normalizes the domain and the e-mail’s domain, and nulls empty optional fields', () => {
    assert.deepEqual(
      normalizeReferralInput({
        companyName: '  NewCo  ',
        domain: 'HTTPS://WWW.NewCo.com/',
        contactName: ' Kari ',
        contactEmail: ' Kari.Nordmann@NewCo.COM ',
        phone: ' ',
        note: '',
        consent: true,
      }),
      { companyName: 'NewCo', domain: 'newco.com', contactName: 'Kari', contactEmail: 'Kari.Nordmann@newco.com', phone: null, note: null },
    );
  });
  it('throws BAD_USER_INPUT with the field errors', () => {
    const error = assertDomainError(() => normalizeReferralInput({ companyName: 'X' }), 'BAD_USER_INPUT');
    const fieldErrors = error.details?.fieldErrors as { field: string }[];
    assert.deepEqual(fieldErrors.map((e) => e.field), ['domain', 'contactName', 'contactEmail', 'consent']);
  });
});
