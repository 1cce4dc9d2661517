import type { ProgramCache } from './program-cache.js';
import type { OpenLotsCache } from '../ledger/open-lots-cache.js';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database, ProgramRow, TierRow } from '../store/tables.js';
import { SECRET_KEY_PREFIX, secretKeyMatches } from '../auth/secret-key.js';
import type { WidgetTokens } from '../auth/widget-token.js';
import { negotiateLocale, type AppLocale } from './localized.js';
import { userError } from './errors.js';

export type Auth =
  | { kind: 'anonymous' }
  | { kind: 'rejected'; reason: 'TOKEN_EXPIRED' | 'TOKEN_INVALID' | 'SECRET_KEY_INVALID' }
  | { kind: 'member'; partnerId: string; memberId: string }
  | { kind: 'supplier' };

/** What the server is built from; one per process. */
export interface ServerDeps {
  db: Kysely<Database>;
  secretKey: string;
  tokens: WidgetTokens;
  /** The clock: tests move it to exercise expiry, pending windows and seasons. */
  now: () => Date;
  /** Development and demo expose introspection and error details; production does not. */
  mode: 'development' | 'production';
  /** The program and tiers, shared by requests for a few seconds. */
  programCache: ProgramCache;
  /** Partners' open lots by ledger version, for "expiring soon" without a ledger replay. */
  openLots: OpenLotsCache;
}

export interface GraphQLContext {
  db: Kysely<Database>;
  deps: ServerDeps;
  /** One instant per request, so every field of an answer agrees on "now". */
  now: Date;
  locale: AppLocale;
  auth: Auth;
  /** The address the request came to, as its sender sees it (see `publicRequestUrl`). */
  url: URL;
  /** A DataLoader made once per request per name: batching without a central registry. */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V>;
  program(): Promise<ProgramRow>;
  /** The program's tiers, lowest rank first. */
  tiers(): Promise<TierRow[]>;
  requireMember(): { partnerId: string; memberId: string };
  requireSupplier(): void;
}

export async function resolveAuth(header: string | null, deps: ServerDeps, now: Date): Promise<Auth> {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  if (!match) return { kind: 'anonymous' };
  const credential = match[1];
  if (credential.startsWith(SECRET_KEY_PREFIX)) {
    return secretKeyMatches(credential, deps.secretKey) ? { kind: 'supplier' } : { kind: 'rejected', reason: 'SECRET_KEY_INVALID' };
  }
  const check = await deps.tokens.verify(credential, now);
  return check.ok ? { kind: 'member', partnerId: check.partnerId, memberId: check.memberId } : { kind: 'rejected', reason: check.reason };
}

const AUTH_MESSAGES = {
  anonymous: 'Sign in: send a widget token or the supplier key as "Authorization: Bearer …".',
  TOKEN_EXPIRED: 'The widget token has expired; get a new one and retry.',
  TOKEN_INVALID: 'The widget token is not valid.',
  SECRET_KEY_INVALID: 'The secret key is not valid.',
} as const;

export function unauthenticated(auth: Auth) {
  const reason = auth.kind === 'rejected' ? auth.reason : 'anonymous';
  return userError('UNAUTHENTICATED', AUTH_MESSAGES[reason], auth.kind === 'rejected' ? { reason } : {});
}

/**
 * The address a request came to, as its sender sees it: behind a proxy that ends TLS or
 * rewrites the host, from `X-Forwarded-Proto` and `X-Forwarded-Host`. Public links built from
 * it (a certificate's page) go back only to that same sender, so a forged header misleads no
 * one else.
 */
export function publicRequestUrl(request: Request): URL {
  const url = new URL(request.url);
  const first = (name: string) => request.headers.get(name)?.split(',')[0]?.trim();
  const proto = first('x-forwarded-proto');
  const host = first('x-forwarded-host');
  const scheme = proto === 'https' || proto === 'http' ? proto : url.protocol.slice(0, -1);
  if (scheme === url.protocol.slice(0, -1) && !host) return url;
  try {
    // A forwarded host brings its own port (or none), never the one the proxy used inside.
    return new URL(`${url.pathname}${url.search}`, `${scheme}://${host ?? url.host}`);
  } catch {
    return url;
  }
}

export async function createContext(deps: ServerDeps, request: Request): Promise<GraphQLContext> {
  const now = deps.now();
  const auth = await resolveAuth(request.headers.get('authorization'), deps, now);
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  let program: Promise<ProgramRow> | undefined;
  let tiers: Promise<TierRow[]> | undefined;
  const context: GraphQLContext = {
    db: deps.db,
    deps,
    now,
    locale: negotiateLocale(request.headers.get('accept-language')),
    auth,
    url: publicRequestUrl(request),
    loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>) {
      let loader = loaders.get(name);
      if (!loader) {
        loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
        loaders.set(name, loader);
      }
      return loader as DataLoader<K, V>;
    },
    program() {
      program ??= deps.programCache.program();
      return program;
    },
    tiers() {
      tiers ??= deps.programCache.tiers();
      return tiers;
    },
    requireMember() {
      if (auth.kind === 'member') return { partnerId: auth.partnerId, memberId: auth.memberId };
      if (auth.kind === 'supplier') throw userError('FORBIDDEN', 'This field is for a partner member: use a widget token.');
      throw unauthenticated(auth);
    },
    requireSupplier() {
      if (auth.kind === 'supplier') return;
      if (auth.kind === 'member') throw userError('FORBIDDEN', 'This operation needs the supplier secret key.');
      throw unauthenticated(auth);
    },
  };
  return context;
}

/**
 * The partner a request may read: a member sees their own company only; the supplier may name
 * any. Returns null for a member asking about another partner so the caller answers NOT_FOUND
 * without revealing that the id exists.
 */
export function scopedPartnerId(context: GraphQLContext, requested?: string | null): string | null {
  if (context.auth.kind === 'supplier') return requested ?? null;
  const { partnerId } = context.requireMember();
  if (requested && requested !== partnerId) return null;
  return partnerId;
}
