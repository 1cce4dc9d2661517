// The referral form checks in the browser what the server checks (validateReferralInput): the
// same inputs give the same field and code, so the form never lets through what the server will
// refuse, nor refuses what it would accept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateReferralInput } from '../../server/src/domain/referrals.js';
import { validateReferral, type ReferralValues } from '../../src/elements/referral-form/validate-referral.js';

const valid: ReferralValues = {
  companyName: 'Gamma Tools',
  domain: 'gamma.example',
  contactName: 'Greta Gamma',
  contactEmail: 'greta@gamma.example',
  phone: '',
  note: '',
  consent: true,
};

const cases: Partial<ReferralValues>[] = [
  {},
  { companyName: '' },
  { companyName: '   ' },
  { companyName: 'x'.repeat(120) },
  { companyName: 'x'.repeat(121) },
  { contactName: 'y'.repeat(121) },
  ...[
    '', ' ', 'example.com', 'https://www.Example.com/path?q=1#x', 'http://user:pw@example.com:8080/', '//example.com', 'example.com.', 'WWW.EXAMPLE.CO.TH',
    'example', 'not a domain', 'name@example.com', 'example.c0m', '192.168.1.1', '-bad.com', 'bad-.com', 'a..b.com', 'xn--bcher-kva.example', 'bücher.example',
    'ex_ample.com', 'https://', 'example.com:abc', `${'a'.repeat(64)}.com`, `${'a.'.repeat(126)}com`, 'ftp://files.example.org', 'www.',
  ].map((domain) => ({ domain })),
  ...[
    '', 'greta@gamma.example', 'Dan@Delta-Devices.EXAMPLE', 'nobody-at-example', 'a@b', 'a@b.c0m', 'a b@example.com', 'a@-example.com', `${'l'.repeat(64)}@example.com`,
    `${'l'.repeat(65)}@example.com`, `a@${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(50)}.com`, "o'brien+tag@example.co.uk", ' padded@example.com ',
  ].map((contactEmail) => ({ contactEmail })),
  ...['', '+66 2 123 4567', '12', '123456', '1234567890123456', '+47 (22) 12.34/56-7', '+1-800-FLOWERS', '++4712345678', '1'.repeat(33), '  '].map((phone) => ({ phone })),
  { note: 'n'.repeat(1000) },
  { note: 'n'.repeat(1001) },
  { consent: false },
  { companyName: '', domain: 'gmail', contactName: '', contactEmail: 'x', phone: '1', note: 'n'.repeat(1001), consent: false },
];

test('the browser flags the same fields with the same codes as the server', () => {
  for (const overrides of cases) {
    const values = { ...valid, ...overrides };
    const server = Object.fromEntries(validateReferralInput(values).map((error) => [error.field, error.code]));
    assert.deepEqual(validateReferral(values), server, JSON.stringify(overrides));
  }
});
