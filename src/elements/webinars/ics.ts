/** One event as an iCalendar file needs it; instants as ISO strings or dates. */
export interface CalendarEvent {
  /** Globally unique and stable: adding the same webinar again updates the entry instead of doubling it. */
  uid: string;
  start: string | Date;
  end: string | Date;
  /** When this file was made. */
  stamp: string | Date;
  summary: string;
  description: string;
  url?: string | null;
}

/** `20261202T080000Z`: UTC, so no VTIMEZONE is needed and every calendar shows the same instant. */
const utc = (value: string | Date) => new Date(value).toISOString().replace(/[-:]|\.\d+/g, '');

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
const text = (value: string) => value.replace(/[\\;,]/g, '\\$&').replace(/\r\n?|\n/g, '\\n');

/**
 * A content line folded at 75 octets (§3.1): CRLF and a space before the octet that would pass
 * the limit, never inside a character's UTF-8 bytes (Thai takes three per character).
 */
function fold(line: string): string {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
}

/** An iCalendar (RFC 5545) file with one event, lines ending in CRLF. */
export function buildIcs(event: CalendarEvent): string {
  return `${[
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Partner Portal Kit//Webinars//EN',
    'BEGIN:VEVENT',
    `UID:${text(event.uid)}`,
    `DTSTAMP:${utc(event.stamp)}`,
    `DTSTART:${utc(event.start)}`,
    `DTEND:${utc(event.end)}`,
    `SUMMARY:${text(event.summary)}`,
    `DESCRIPTION:${text(event.description)}`,
    // A URI value is not TEXT: it is written as it is (the server only stores http(s) addresses).
    ...(event.url ? [`URL:${event.url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ]
    .map(fold)
    .join('\r\n')}\r\n`;
}
