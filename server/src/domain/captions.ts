import { badInput } from './validate.js';

/** A video lesson's captions in one language, as stored in `lessons.captions`. */
export interface CaptionTrackRecord {
  /** Canonical BCP 47 (`nb-NO`, not `NB-no`). */
  language: string;
  url: string;
}

/** More tracks than a player's menu can sensibly offer is a data-entry mistake. */
export const MAX_CAPTION_TRACKS = 20;

/**
 * The language tag in its canonical form, or a BAD_USER_INPUT naming the field. `Intl` knows
 * BCP 47's syntax; the language itself must be an ISO 639 code (2–3 letters: BCP 47's longer
 * forms are registered for no language, and "english" is a name typed where a code belongs).
 */
export function captionLanguage(value: string, field: string): string {
  const tag = value.trim();
  let canonical: string | undefined;
  try {
    canonical = tag.length <= 35 ? Intl.getCanonicalLocales(tag)[0] : undefined;
  } catch {
    /* reported below */
  }
  if (!canonical || canonical === 'und' || !/^[a-z]{2,3}(?:-|$)/.test(canonical)) throw badInput(`"${field}" must be a BCP 47 language tag such as "en", "th" or "nb-NO".`, { field });
  return canonical;
}

/** One track per language: a second one for the same language could never be told apart in the menu. */
export function assertOneTrackPerLanguage(tracks: readonly CaptionTrackRecord[], field: string): void {
  if (tracks.length > MAX_CAPTION_TRACKS) throw badInput(`A lesson has at most ${MAX_CAPTION_TRACKS} caption tracks.`, { field });
  const seen = new Set<string>();
  tracks.forEach((track, index) => {
    if (seen.has(track.language)) throw badInput(`Two caption tracks are in "${track.language}".`, { field: `${field}.${index}.language` });
    seen.add(track.language);
  });
}

const names = new Map<string, string>();

/**
 * The language's name in the language itself ("ไทย", "Norsk bokmål", "Bahasa Melayu"), for a
 * player's captions menu: someone looking for their language recognizes its own name whatever
 * language the page is in. Node's full ICU gives every client the same names.
 */
export function captionLabel(language: string): string {
  let name = names.get(language);
  if (!name) {
    let own: string | undefined;
    try {
      own = new Intl.DisplayNames([language, 'en'], { type: 'language', fallback: 'none' }).of(language);
    } catch {
      /* a stored tag Intl no longer accepts: its code is its name */
    }
    name = own ? own.charAt(0).toLocaleUpperCase(language) + own.slice(1) : language;
    names.set(language, name);
  }
  return name;
}
