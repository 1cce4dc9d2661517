import { defineMessages } from './messages.js';

/** Texts every widget shares: loading, errors by code, retry, clearing a list's filters. */
export const commonMessages = defineMessages('common', {
  loading: 'Loading…',
  retry: 'Try again',
  retrying: 'Trying again…',
  clearFilters: 'Clear filters',
  NETWORK: 'We can’t reach the loyalty service right now. Check your connection and try again.',
  TOKEN_EXPIRED: 'Your session has expired. Reload the page to sign in again.',
  UNAUTHENTICATED: 'You are not signed in to the partner program.',
  FORBIDDEN: 'Your account does not have access to this.',
  NOT_FOUND: 'We couldn’t find this in the partner program.',
  NOT_CONFIGURED: 'This widget is not connected: place it inside <partner-portal> or give it an endpoint and a token.',
  RATE_LIMITED: 'Too many requests. Wait a moment and try again.',
  fallback: 'Something went wrong while loading. Please try again.',
});
