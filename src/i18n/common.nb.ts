import type { Translation } from './messages.js';
import type { commonMessages } from './common.messages.js';

export const translation: Translation<typeof commonMessages> = {
  loading: 'Laster inn …',
  retry: 'Prøv igjen',
  retrying: 'Prøver igjen …',
  clearFilters: 'Nullstill filtrene',
  NETWORK: 'Vi får ikke kontakt med lojalitetstjenesten akkurat nå. Sjekk tilkoblingen og prøv igjen.',
  TOKEN_EXPIRED: 'Økten din er utløpt. Last inn siden på nytt for å logge inn igjen.',
  UNAUTHENTICATED: 'Du er ikke logget inn i partnerprogrammet.',
  FORBIDDEN: 'Kontoen din har ikke tilgang til dette.',
  NOT_FOUND: 'Vi fant ikke dette i partnerprogrammet.',
  NOT_CONFIGURED: 'Denne widgeten er ikke koblet til: legg den i <partner-portal> eller gi den et endepunkt og et token.',
  RATE_LIMITED: 'For mange forespørsler. Vent litt og prøv igjen.',
  fallback: 'Noe gikk galt under innlastingen. Prøv igjen.',
};
