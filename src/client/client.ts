import { PortalError, abortError, isAbortError } from './errors.js';
import { graphqlRequestTransport, type Operation, type OperationResult, type Transport } from './transport.js';
import { rendersDone } from '../internal/render-queue.js';

/**
 * What a piece of data is about. Queries say which topics they show; mutations say which they
 * change; after a mutation every query showing a changed topic is refetched (the balance in the
 * header follows a redemption in the catalog).
 */
export type Topic = 'tier' | 'points' | 'ledger' | 'rewards' | 'redemptions' | 'training' | 'materials' | 'referrals' | 'promotions' | 'feedback';

/** A document with its result and variable types, as generated from `schema/` (a `String`). */
export interface Document<TResult, TVariables> {
  toString(): string;
  /** Carries the types only; never set at runtime. */
  __apiType?: (variables: TVariables) => TResult;
}

export interface QueryOptions {
  locale?: string;
  signal?: AbortSignal;
  topics?: readonly Topic[];
}

export interface MutationOptions {
  locale?: string;
  signal?: AbortSignal;
  /** Topics the mutation changes; every topic when omitted. */
  affects?: readonly Topic[];
  /**
   * Points the mutation adds to the available balance (negative: spends). Every cached answer
   * showing `viewer.partner.points.available` shows the new balance at once; if the mutation
   * fails, the answers as they were are put back.
   */
  optimisticPoints?: number;
}

export interface PortalClientOptions {
  endpoint?: string;
  /** Replaces the HTTP transport (stories use recorded answers). */
  transport?: Transport;
  token?: string;
  /**
   * Called when the server says the token expired; answers a fresh token (or `undefined` to
   * give up). The failed request is retried once with it.
   */
  refreshToken?: () => Promise<string | undefined>;
}

export type InvalidationListener = (topics: ReadonlySet<Topic> | 'all') => void;

interface Waiter {
  resolve(data: unknown): void;
  reject(error: unknown): void;
}

/** One distinct operation of a batch: callers asking for the same thing share it. */
interface Pending {
  key: string;
  operation: Operation;
  locale: string;
  topics: readonly Topic[];
  waiters: Set<Waiter>;
  retried: boolean;
  /** Set while it is in flight: called when its last caller gives up. */
  abandoned?: () => void;
}

interface CacheEntry {
  data: unknown;
  topics: readonly Topic[];
}

/**
 * The one GraphQL client of a page (or of a standalone widget). Queries issued in the same
 * task are sent together in one HTTP request; identical queries are sent once; answers are
 * cached until a mutation changes their topic or `invalidate()` is called.
 */
export class PortalClient {
  readonly transport: Transport;
  #token: string | undefined;
  #refreshToken: PortalClientOptions['refreshToken'];
  #refreshing: Promise<string | undefined> | undefined;
  #queue = new Map<string, Pending>();
  #inFlight = new Map<string, Pending>();
  #flushScheduled = false;
  #cache = new Map<string, CacheEntry>();
  #listeners = new Set<InvalidationListener>();
  /** Bumped by every invalidation: an answer to a request sent before it is not cached. */
  #generation = 0;
  /** HTTP requests sent, for the curious (the demo shows it; tests assert on it). */
  requestCount = 0;

  constructor(options: PortalClientOptions) {
    if (!options.transport && !options.endpoint) throw new TypeError('PortalClient needs an endpoint or a transport.');
    this.transport = options.transport ?? graphqlRequestTransport(options.endpoint!);
    this.#token = options.token;
    this.#refreshToken = options.refreshToken;
  }

  get token(): string | undefined {
    return this.#token;
  }

  /** A new token means another member may be signed in: nothing cached is theirs. */
  set token(token: string | undefined) {
    if (token === this.#token) return;
    this.#token = token;
    this.invalidate();
  }

  query<TResult, TVariables>(document: Document<TResult, TVariables>, variables: TVariables, options: QueryOptions = {}): Promise<TResult> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortError());
    const operation: Operation = { query: String(document), variables: (variables ?? undefined) as Operation['variables'] };
    const locale = options.locale ?? 'en';
    const key = `${locale}\n${operation.query}\n${JSON.stringify(operation.variables ?? {})}`;
    const cached = this.#cache.get(key);
    if (cached) return Promise.resolve(cached.data as TResult);

    return new Promise<TResult>((resolve, reject) => {
      const waiter: Waiter = { resolve: resolve as (data: unknown) => void, reject };
      let pending = this.#inFlight.get(key) ?? this.#queue.get(key);
      if (!pending) {
        pending = { key, operation, locale, topics: options.topics ?? [], waiters: new Set(), retried: false };
        this.#queue.set(key, pending);
        this.#scheduleFlush();
      }
      pending.waiters.add(waiter);
      const entry = pending;
      signal?.addEventListener(
        'abort',
        () => {
          entry.waiters.delete(waiter);
          // Nobody wants it any more and it has not left yet: it never will.
          if (entry.waiters.size === 0) {
            if (this.#queue.get(key) === entry) this.#queue.delete(key);
            entry.abandoned?.();
          }
          reject(abortError());
        },
        { once: true },
      );
    });
  }

  /** Sends a mutation on its own (never batched, never de-duplicated) and refreshes what it changes. */
  async mutate<TResult, TVariables>(document: Document<TResult, TVariables>, variables: TVariables, options: MutationOptions = {}): Promise<TResult> {
    const operation: Operation = { query: String(document), variables: variables as Operation['variables'] };
    const send = async (): Promise<OperationResult> => {
      const [result] = await this.#send([operation], options.locale ?? 'en', options.signal);
      return result;
    };
    const undo = options.optimisticPoints ? this.#addPoints(options.optimisticPoints) : undefined;
    let result: OperationResult;
    try {
      result = await send();
      if (firstError(result)?.isTokenExpired && (await this.#renewToken())) result = await send();
      const error = firstError(result);
      if (error) throw error;
    } catch (error) {
      if (undo) {
        undo();
        // The widgets show the answers put back before the caller hears of the failure (a refetch
        // it asks for at once would keep the optimistic balance on screen until it is answered).
        await new Promise((resolve) => setTimeout(resolve));
      }
      throw error;
    }
    this.invalidate(options.affects);
    return result.data as TResult;
  }

  /**
   * Adds `points` to the available balance in every cached answer showing it and tells the
   * widgets, which show it from the cache; answers the function that puts them back and tells
   * the widgets again.
   */
  #addPoints(points: number): () => void {
    const swapped: [string, CacheEntry, CacheEntry][] = [];
    for (const [key, entry] of this.#cache) {
      const data = entry.data as { viewer?: { partner?: { points?: { available?: unknown } } } };
      const viewer = data?.viewer;
      const balance = viewer?.partner?.points;
      if (typeof balance?.available !== 'number') continue;
      // New objects along the path only: the rest of the answer (a catalog's rewards) is the same.
      const changed = { ...entry, data: { ...data, viewer: { ...viewer, partner: { ...viewer!.partner, points: { ...balance, available: balance.available + points } } } } };
      this.#cache.set(key, changed);
      swapped.push([key, entry, changed]);
    }
    const notify = () => {
      const topics = new Set(swapped.flatMap(([, entry]) => entry.topics));
      if (topics.size) for (const listener of this.#listeners) listener(topics);
    };
    notify();
    return () => {
      // Changed meanwhile (another optimistic change on top, or a fresh answer): asked again.
      for (const [key, entry, changed] of swapped) {
        if (this.#cache.get(key) === changed) this.#cache.set(key, entry);
        else this.#cache.delete(key);
      }
      notify();
    };
  }

  /**
   * Forgets cached answers about `topics` (all when omitted) and tells listeners, which refetch
   * what they show. Refetches issued together share one request like any other queries.
   */
  invalidate(topics?: readonly Topic[]): void {
    this.#generation++;
    const changed: ReadonlySet<Topic> | 'all' = topics ? new Set(topics) : 'all';
    for (const [key, entry] of this.#cache) {
      if (changed === 'all' || entry.topics.length === 0 || entry.topics.some((topic) => changed.has(topic))) this.#cache.delete(key);
    }
    for (const listener of this.#listeners) listener(changed);
  }

  /** Listens for invalidations (and optimistic changes, shown from the cache); answers the function that stops listening. */
  onInvalidate(listener: InvalidationListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    // A macrotask, not a microtask, and after the renders waiting for their slice: every element
    // upgraded by the same script has issued its query by then (Lit updates run as microtasks,
    // time-sliced into a few tasks on a page of many widgets), so the page costs one request.
    setTimeout(async () => {
      await rendersDone();
      this.#flushScheduled = false;
      const batch = [...this.#queue.values()];
      this.#queue.clear();
      const byLocale = new Map<string, Pending[]>();
      for (const pending of batch) {
        const group = byLocale.get(pending.locale) ?? [];
        group.push(pending);
        byLocale.set(pending.locale, group);
      }
      for (const [locale, group] of byLocale) void this.#dispatch(group, locale);
    }, 0);
  }

  async #dispatch(batch: Pending[], locale: string): Promise<void> {
    const generation = this.#generation;
    for (const pending of batch) this.#inFlight.set(pending.key, pending);
    // The HTTP request is aborted only when every caller of every operation in it gave up.
    const controller = new AbortController();
    const onAbort = () => {
      if (!batch.every((pending) => pending.waiters.size === 0)) return;
      // Given up: a caller asking for the same thing from now on needs a request of its own, not
      // a place in this one (a widget moved in the page asks again at once).
      for (const pending of batch) if (this.#inFlight.get(pending.key) === pending) this.#inFlight.delete(pending.key);
      controller.abort();
    };
    for (const pending of batch) pending.abandoned = onAbort;
    let results: OperationResult[];
    try {
      results = await this.#send(
        batch.map((pending) => pending.operation),
        locale,
        controller.signal,
      );
    } catch (error) {
      for (const pending of batch) this.#settle(pending, undefined, error);
      return;
    }
    for (const pending of batch) pending.abandoned = undefined;
    const expired = batch.filter((pending, i) => !pending.retried && firstError(results[i])?.isTokenExpired);
    if (expired.length && (await this.#renewToken())) {
      for (const pending of expired) {
        pending.retried = true;
        this.#inFlight.delete(pending.key);
        this.#queue.set(pending.key, pending);
      }
      this.#scheduleFlush();
    }
    batch.forEach((pending, i) => {
      if (expired.includes(pending) && pending.retried) return;
      const result = results[i];
      const error = firstError(result);
      if (!error && generation === this.#generation) this.#cache.set(pending.key, { data: result.data, topics: pending.topics });
      this.#settle(pending, result.data, error);
    });
  }

  #settle(pending: Pending, data: unknown, error: unknown): void {
    if (this.#inFlight.get(pending.key) === pending) this.#inFlight.delete(pending.key);
    for (const waiter of pending.waiters) (error ? waiter.reject(error) : waiter.resolve(data));
    pending.waiters.clear();
  }

  async #send(operations: Operation[], locale: string, signal?: AbortSignal): Promise<OperationResult[]> {
    const headers: Record<string, string> = { 'accept-language': locale };
    if (this.#token) headers.authorization = `Bearer ${this.#token}`;
    this.requestCount++;
    let results: OperationResult[];
    try {
      results = await this.transport.execute({ operations, headers, signal });
    } catch (error) {
      if (isAbortError(error) || signal?.aborted) throw abortError();
      if (error instanceof PortalError) throw error;
      const status = (error as { status?: number }).status;
      throw status
        ? new PortalError('BAD_RESPONSE', (error as Error).message, { status })
        : new PortalError('NETWORK', 'The loyalty service could not be reached.', { cause: String(error) });
    }
    if (!Array.isArray(results) || results.length !== operations.length) {
      throw new PortalError('BAD_RESPONSE', 'The loyalty service answered something that is not a GraphQL batch response.');
    }
    return results;
  }

  /** One refresh at a time, however many requests found the token expired. */
  async #renewToken(): Promise<boolean> {
    if (!this.#refreshToken) return false;
    this.#refreshing ??= this.#refreshToken().finally(() => (this.#refreshing = undefined));
    let token: string | undefined;
    try {
      token = await this.#refreshing;
    } catch {
      return false;
    }
    if (!token) return false;
    // Not through the setter: the same member's cached answers stay valid.
    this.#token = token;
    return true;
  }
}

function firstError(result: OperationResult | undefined): PortalError | undefined {
  const error = result?.errors?.[0];
  if (error) return PortalError.from(error);
  if (!result?.data) return new PortalError('BAD_RESPONSE', 'The loyalty service answered without data.');
  return undefined;
}
