/**
 * The browser side of the test-only loyalty API (`loyalty-server.mjs` serves it under
 * `/__loyalty/`): the API URL, widget tokens, admin and member GraphQL calls made by the test
 * (never counted as the widgets' requests), the server clock, and faults (listener stopped,
 * answers held).
 */

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** One HTTP request that reached `/graphql`, as the server saw it. */
export interface ServerRequest {
  seq: number;
  method: string;
  path: string;
  locale?: string;
  authorization: boolean;
  /** Operation names in the body, in order (several when batched). */
  operations: string[];
  /** The browser gave up on it before it was answered. */
  aborted: boolean;
  answered: boolean;
}

async function call<T>(route: string, body: unknown = {}): Promise<T> {
  const response = await fetch(`/__loyalty/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const result = await response.json();
  if (!response.ok) throw new Error(`/__loyalty/${route} failed: ${result?.error ?? response.status}`);
  return result as T;
}

let info: Promise<{ url: string; initialNow: string }> | undefined;

/** The loyalty API's `/graphql` URL (another origin than the test page, as on a host page). */
export async function apiUrl(): Promise<string> {
  info ??= call('info');
  return (await info).url;
}

/** The server clock's start (the fixed test date). */
export async function initialNow(): Promise<Date> {
  info ??= call('info');
  return new Date((await info).initialNow);
}

/** A widget token for a member, minted server side. `partnerId` mints one for any claims (even an unknown member). */
export async function tokenFor(memberId: string, options: { ttlSeconds?: number; partnerId?: string } = {}): Promise<string> {
  const { token } = await call<{ token: string }>('token', { memberId, ...options });
  return token;
}

/** A GraphQL operation with the supplier's secret key (which stays on the server). Throws on errors. */
export async function admin<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  return ok(await call<GraphQLResponse<T>>('admin', { query, variables }));
}

/** A GraphQL operation as a member (the server's truth the widgets should show). Throws on errors. */
export async function asMember<T = any>(memberId: string, query: string, variables?: Record<string, unknown>, locale?: string): Promise<T> {
  return ok(await call<GraphQLResponse<T>>('member', { memberId, query, variables, locale }));
}

function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors ?? response)}`);
  return response.data;
}

export const clock = {
  advanceSeconds: (seconds: number) => call<{ now: string }>('clock', { advanceSeconds: seconds }),
  /** Moves the server clock to this instant (`server.restore()` puts it back). */
  set: (at: Date | string) => call<{ now: string }>('clock', { set: new Date(at).toISOString() }),
  reset: () => call<{ now: string }>('clock', { reset: true }),
};

/** Faults of the HTTP listener. */
export const server = {
  /** Closes the listener: connections are refused until `start()`. */
  stop: () => call('stop'),
  start: () => call('start'),
  /** Requests to /graphql are received but not answered until `release()`. */
  hold: () => call('hold'),
  release: () => call('release'),
  /** The next request to /graphql is carried out but its answer never arrives (the connection is cut). */
  dropNextAnswer: () => call('dropNextAnswer'),
  /** Listener up, nothing held, clock back at the start. */
  restore: () => call('restore'),
};

/** A point in the server's request log; `requestsSince(mark)` lists what came after it. */
export async function mark(): Promise<number> {
  return (await call<{ last: number }>('requests', { since: Number.MAX_SAFE_INTEGER })).last;
}

/** GraphQL POSTs that reached the server after `since` (CORS preflights are left out). */
export async function requestsSince(since: number): Promise<ServerRequest[]> {
  const { requests } = await call<{ requests: ServerRequest[] }>('requests', { since });
  return requests.filter((request) => request.method === 'POST');
}

let unique = 0;
/** A string unique in this run, for domains, e-mails and idempotency keys. */
export const uniqueId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${++unique}`;

/**
 * A partner company of its own for a test that changes data: created through the admin API,
 * with an owner and, optionally, points credited by hand. Answers the owner's member id.
 */
export async function createPartner(options: { points?: number; name?: string } = {}): Promise<{ partnerId: string; memberId: string; memberName: string }> {
  const id = uniqueId('p');
  const { createPartner } = await admin<{ createPartner: { id: string } }>(
    `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`,
    { input: { name: options.name ?? `Browser Test Supply ${id}`, domain: `${id}.example.com` } },
  );
  const memberName = `Test Owner ${id.slice(-4)}`;
  const { createMember } = await admin<{ createMember: { id: string } }>(
    `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`,
    { input: { partnerId: createPartner.id, name: memberName, email: `owner@${id}.example.com`, role: 'OWNER' } },
  );
  if (options.points) {
    await admin(`mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { id } }`, {
      input: { partnerId: createPartner.id, points: options.points, reason: 'Welcome credit', idempotencyKey: uniqueId('welcome') },
    });
  }
  return { partnerId: createPartner.id, memberId: createMember.id, memberName };
}
