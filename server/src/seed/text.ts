import type { LocalizedText } from '../store/tables.js';

/** A demo text in the four market languages, in the order en, th, nb, ms. */
export const t = (en: string, th: string, nb: string, ms: string): LocalizedText => ({ en, th, nb, ms });
