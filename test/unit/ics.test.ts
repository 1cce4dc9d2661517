import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildIcs } from '../../src/elements/webinars/ics.js';
import { parseIcs, utcDateTime } from '../browser/support/ics.js';

const event = {
  uid: 'web_anchor_clinic@partner-portal',
  start: '2026-12-09T08:00:00.000Z',
  end: '2026-12-09T08:45:00.000Z',
  stamp: '2026-11-23T12:00:00.000Z',
  summary: 'Anchor clinic: live Q&A, with our engineers; bring questions',
  description: 'Bring your hardest fixing questions.\nPresenter: Arvid Lien\\Oslo\nJoin: https://events.example/webinar/anchor_clinic?a=1,b=2',
  url: 'https://events.example/webinar/anchor_clinic',
};

describe('buildIcs', () => {
  it('writes one VEVENT in a VCALENDAR with the required properties, times in UTC', () => {
    const ics = parseIcs(buildIcs(event));
    assert.deepEqual(ics.problems, []);
    assert.deepEqual(ics.structure, ['VCALENDAR', 'VEVENT', '/VEVENT', '/VCALENDAR']);
    assert.equal(ics.lines[1], 'VERSION:2.0');
    assert.match(ics.lines[2]!, /^PRODID:.+/);
    assert.equal(ics.event.UID, event.uid);
    assert.equal(utcDateTime(ics.event.DTSTAMP!), event.stamp);
    assert.equal(utcDateTime(ics.event.DTSTART!), event.start);
    assert.equal(utcDateTime(ics.event.DTEND!), event.end);
    assert.equal(ics.event.URL, event.url);
  });

  it('escapes TEXT values and gets them back unchanged', () => {
    const raw = buildIcs(event);
    assert.ok(raw.includes('SUMMARY:Anchor clinic: live Q&A\\, with our engineers\\; bring questions'), raw);
    const ics = parseIcs(raw);
    assert.equal(ics.event.SUMMARY, event.summary);
    assert.equal(ics.event.DESCRIPTION, event.description);
  });

  it('ends every line with CRLF and folds at 75 octets without splitting a character', () => {
    const thai = {
      ...event,
      summary: 'คลินิกพุก: ถามตอบสดกับวิศวกรของเรา — นำคำถามเรื่องงานยึดที่ยากที่สุดของคุณมาถามได้เลย',
      description: `${'x'.repeat(200)} 😀😀😀 ${'ø'.repeat(80)}`,
    };
    const raw = buildIcs(thai);
    assert.ok(raw.endsWith('\r\n'));
    assert.equal(raw.split('\n').length, raw.split('\r\n').length, 'no bare LF');
    const ics = parseIcs(raw);
    assert.deepEqual(ics.problems, []);
    assert.ok(ics.physical.length > ics.lines.length, 'long lines were folded');
    for (const line of ics.physical) assert.ok(new TextEncoder().encode(line).length <= 75, line);
    // Filled up: a folded line is cut only where the next character would not fit.
    const summary = ics.physical.findIndex((line) => line.startsWith('SUMMARY:'));
    assert.ok(new TextEncoder().encode(ics.physical[summary]!).length > 72);
    assert.equal(ics.event.SUMMARY, thai.summary);
    assert.equal(ics.event.DESCRIPTION, thai.description);
  });

  it('leaves out URL when there is none', () => {
    const ics = parseIcs(buildIcs({ ...event, url: null }));
    assert.deepEqual(ics.problems, []);
    assert.equal('URL' in ics.event, false);
  });
});
