/**
 * Reading an iCalendar file the way a calendar does (RFC 5545), written apart from the widget's
 * builder so the tests check its output against the standard, not against itself.
 */

export interface ParsedIcs {
  /** Physical lines as written (without their CRLF). */
  physical: string[];
  /** Content lines after unfolding. */
  lines: string[];
  /** BEGIN/END values in order, e.g. VCALENDAR, VEVENT, /VEVENT, /VCALENDAR. */
  structure: string[];
  /** The event's properties by name, TEXT values unescaped. */
  event: Record<string, string>;
  /** Problems found: empty when the file is well formed. */
  problems: string[];
}

const octets = (line: string) => new TextEncoder().encode(line).length;

/** `\\`, `\;`, `\,` and `\n` back to what they stand for. */
export const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_match, char: string) => (char === 'n' || char === 'N' ? '\n' : char));

/** `20261202T080000Z` → the ISO instant, or undefined when it is not a UTC date-time. */
export function utcDateTime(value: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}.000Z` : undefined;
}

const TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'UID', 'LOCATION']);

export function parseIcs(ics: string): ParsedIcs {
  const problems: string[] = [];
  if (!ics.endsWith('\r\n')) problems.push('the file does not end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(ics)) problems.push('a line break that is not CRLF');
  const physical = ics.replace(/\r\n$/, '').split('\r\n');
  const lines: string[] = [];
  for (const [index, line] of physical.entries()) {
    if (octets(line) > 75) problems.push(`line ${index + 1} is ${octets(line)} octets long`);
    try {
      encodeURIComponent(line);
    } catch {
      problems.push(`line ${index + 1} splits a character`);
    }
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (!lines.length) problems.push('the file starts with a continuation line');
      else lines[lines.length - 1] += line.slice(1);
    } else lines.push(line);
  }
  const structure: string[] = [];
  const event: Record<string, string> = {};
  let inEvent = false;
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 1) {
      problems.push(`not a content line: ${line}`);
      continue;
    }
    const name = line.slice(0, colon).split(';')[0]!.toUpperCase();
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      structure.push(value);
      if (value === 'VEVENT') inEvent = true;
    } else if (name === 'END') {
      structure.push(`/${value}`);
      if (value === 'VEVENT') inEvent = false;
    } else if (inEvent) {
      if (name in event) problems.push(`${name} appears twice in the event`);
      // A TEXT value may hold no unescaped comma or semicolon (they separate values).
      if (TEXT_PROPERTIES.has(name) && /(?<!\\)(?:\\\\)*[;,]/.test(value)) problems.push(`${name} has an unescaped , or ;`);
      event[name] = TEXT_PROPERTIES.has(name) ? unescapeText(value) : value;
    }
  }
  return { physical, lines, structure, event, problems };
}
