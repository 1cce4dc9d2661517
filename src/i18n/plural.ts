/**
 * A count and its noun in English or Norwegian: "1 point", "2 points", "1 oppføring". Both
 * languages take the singular for exactly one as written (CLDR: integer 1, no visible decimals),
 * so the formatted number decides, as the reader sees it: "1", "+1", not "1.0". Thai and Malay
 * nouns have one form and don't need this.
 */
export const isOne = (formatted: string): boolean => /^[+\u2212-]?1$/.test(formatted);

export const plural = (count: string, one: string, other: string): string => `${count} ${isOne(count) ? one : other}`;
