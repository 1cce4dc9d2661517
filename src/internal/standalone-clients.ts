import { PortalClient } from '../client/client.js';
import { PartnerTokenExpiredEvent } from '../events.js';

/**
 * Widgets that stand alone (own `endpoint` and `token`, no <partner-portal>) still share one
 * client per endpoint and token, so three standalone widgets on a page cost one request too.
 * A token refresh asks the connected widgets using the client: the first with a
 * `tokenProvider`, else through a `partner-token-expired` event from one of them.
 */
export interface TokenSource extends HTMLElement {
  tokenProvider?: () => Promise<string | undefined>;
}

interface Shared {
  client: PortalClient;
  users: Set<TokenSource>;
}

const shared = new Map<string, Shared>();

export function acquireStandaloneClient(endpoint: string, token: string | undefined, user: TokenSource): PortalClient {
  const key = `${endpoint}\n${token ?? ''}`;
  let entry = shared.get(key);
  if (!entry) {
    const users = new Set<TokenSource>();
    const client = new PortalClient({ endpoint, token, refreshToken: () => requestToken([...users]) });
    entry = { client, users };
    shared.set(key, entry);
  }
  entry.users.add(user);
  return entry.client;
}

export function releaseStandaloneClient(client: PortalClient, user: TokenSource): void {
  for (const [key, entry] of shared) {
    if (entry.client !== client) continue;
    entry.users.delete(user);
    if (entry.users.size === 0) shared.delete(key);
  }
}

/** Asks a host for a fresh token: `tokenProvider` first, then the cancelable event. */
export async function requestToken(sources: readonly TokenSource[]): Promise<string | undefined> {
  const withProvider = sources.find((source) => source.tokenProvider);
  if (withProvider?.tokenProvider) return withProvider.tokenProvider();
  const source = sources.find((candidate) => candidate.isConnected);
  if (!source) return undefined;
  const event = new PartnerTokenExpiredEvent();
  source.dispatchEvent(event);
  return event.response;
}
