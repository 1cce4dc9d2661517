import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, formatFileSize, languageName, parseMoney } from '../../src/i18n/format.js';

describe('parseMoney', () => {
  it('reads amounts as each locale writes them, into exact minor units', () => {
    const cases: [string, string, number | undefined][] = [
      ['en', '1,234.56', 123_456],
      ['en', '$5,000', 500_000],
      ['en', '9999.99', 999_999],
      ['en', '12.', 1_200],
      ['th', '10,000.01', 1_000_001],
      ['ms', '4,999.99', 499_999],
      ['nb', '1\u00a0234,56', 123_456],
      ['nb', '1234.5', 123_450],
      ['nb', '5 000', 500_000],
    ];
    for (const [locale, text, minor] of cases) assert.equal(parseMoney(locale, text, 'USD'), minor, `${locale} ${text}`);
  });

  it('refuses what is not an amount rather than guessing', () => {
    for (const [locale, text] of [
      ['en', ''],
      ['en', '-5'],
      ['en', '5.000'],
      ['en', '12.345'],
      ['en', '.5'],
      ['en', '1e5'],
      ['en', 'ten'],
      ['nb', '1.000,5'],
      ['en', '9999999999999999'],
    ]) {
      assert.equal(parseMoney(locale!, text!, 'USD'), undefined, `${locale} ${JSON.stringify(text)}`);
    }
  });

  it('follows the currency’s decimals', () => {
    assert.equal(parseMoney('en', '1,234', 'JPY'), 1_234);
    assert.equal(parseMoney('en', '12.5', 'JPY'), undefined);
  });
});

describe('formatDuration', () => {
  const MIN = 60_000;
  const HOUR = 60 * MIN;
  const DAY = 24 * HOUR;
  it('gives the two largest units, rounded up to the minute, never "0 min"', () => {
    assert.equal(formatDuration('en', 3 * DAY + 4 * HOUR), '3 days 4 hr');
    assert.equal(formatDuration('en', 3 * DAY), '3 days');
    assert.equal(formatDuration('en', 3 * DAY + 59 * MIN), '3 days');
    assert.equal(formatDuration('en', 4 * HOUR + 12 * MIN - 1), '4 hr 12 min');
    assert.equal(formatDuration('en', DAY - 1), '1 day');
    assert.equal(formatDuration('en', 1), '1 min');
    assert.equal(formatDuration('en', 0), '1 min');
  });

  it('speaks the reader’s language', () => {
    assert.equal(formatDuration('th', 3 * DAY + 4 * HOUR), '3 วัน 4 ชม.');
    assert.equal(formatDuration('ms', 2 * HOUR + 5 * MIN), '2 j 5 min');
  });

  it('counts days in Norwegian as "dag"/"dager", not CLDR’s "døgn"', () => {
    assert.equal(formatDuration('nb', 3 * DAY + 4 * HOUR), '3 dager 4 t');
    assert.equal(formatDuration('nb', DAY + 2 * HOUR), '1 dag 2 t');
    assert.equal(formatDuration('nb', 12 * HOUR), '12 t');
  });
});

describe('formatFileSize', () => {
  it('writes sizes in decimal units with three significant digits, as each locale does', () => {
    const cases: [string, number, string][] = [
      ['en', 0, '0 byte'],
      ['en', 820, '820 byte'],
      ['en', 14_200, '14.2 kB'],
      ['en', 999_000, '999 kB'],
      ['en', 23_456_789, '23.5 MB'],
      ['en', 145_678_901, '146 MB'],
      ['en', 5_000_000_000, '5 GB'],
      ['nb', 23_456_789, '23,5 MB'],
      ['ms', 2_500_000, '2.5 MB'],
    ];
    for (const [locale, bytes, text] of cases) assert.equal(formatFileSize(locale, bytes).replace(/\s/g, ' '), text, `${locale} ${bytes}`);
  });
});

describe('languageName', () => {
  it('names a language in the reader’s language', () => {
    assert.equal(languageName('en', 'th'), 'Thai');
    assert.equal(languageName('en', 'nb'), 'Norwegian Bokmål');
    assert.equal(languageName('nb', 'en'), 'engelsk');
    assert.equal(languageName('ms', 'th'), 'Thai');
  });
});
