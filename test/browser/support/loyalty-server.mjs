// @ts-check
/**
 * The browser suite's one real loyalty server (Node side). `loyaltyServer()` gives a
 * web-test-runner plugin that starts the GraphQL server with the demo seed when the test run
 * starts (in-memory PGlite, fixed test clock) and a Koa middleware that exposes a small
 * test-only API to the test pages under `/__loyalty/…` (see `loyalty.ts` for the browser side).
 *
 * The secret key never leaves this process: tokens are minted and admin operations run here.
 * The member/admin calls made for the tests' own set-up and "truth" go to yoga in-process, so
 * they never reach the HTTP listener and never show up in the request log: that log holds
 * exactly what the browser sent to `/graphql`.
 *
 * Faults the tests can cause:
 * - `stop`/`start`: the HTTP listener closes (connections refused, like a server that is down)
 *   and listens again on the same port.
 * - `hold`/`release`: requests to `/graphql` are received but not answered until released (a
 *   slow server); this is how tests see loading states and abort requests in flight.
 * - `dropNextAnswer`: the next request to `/graphql` is carried out, but its answer is lost (the
 *   connection is cut instead of answering), like a network that fails on the way back.
 * - the clock moves (token expiry).
 */
import { Buffer } from 'node:buffer';

/**
 * The server code is TypeScript: loaded through tsx (registered here unless the process runs under `--import tsx`).
 * @param {string} [module]
 */
async function importServerCode(module = '../../server/support/harness.ts') {
  try {
    return await import(module);
  } catch (error) {
    if (/** @type {{ code?: string }} */ (error)?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
    const { register } = await import('tsx/esm/api');
    register();
    // Node remembers the failed load of that URL: ask again under another one.
    return import(`${module}?tsx`);
  }
}

/**
 * @param {{ seed?: 'demo' | 'base' | 'none', prefix?: string, log?: (line: string) => void }} [options]
 */
export function loyaltyServer(options = {}) {
  const prefix = options.prefix ?? '/__loyalty';
  const log = options.log ?? ((line) => console.log(line));
  /** @type {import('../../server/support/harness.ts').TestServer | undefined} */
  let test;
  /** @type {Promise<void> | undefined} */
  let starting;
  let port = 0;
  let initialNow = '';
  let listening = false;
  let holding = false;
  let dropping = false;
  /** @type {(() => void)[]} */
  let held = [];
  let seq = 0;
  /** @type {{ seq: number, method: string, path: string, locale?: string, authorization: boolean, operations: string[], aborted: boolean, answered: boolean }[]} */
  const requests = [];

  async function start() {
    const { startTestServer } = await importServerCode();
    const started = Date.now();
    const server = await startTestServer({ seed: options.seed ?? 'demo' });
    test = server;
    const http = server.server.http;
    port = /** @type {import('node:net').AddressInfo} */ (http.address()).port;
    initialNow = server.clock.current.toISOString();
    listening = true;
    observe(http);
    log(`[loyalty] ${server.url} ready in ${((Date.now() - started) / 1000).toFixed(1)} s (clock ${initialNow})`);
  }

  /**
   * Puts a recorder in front of yoga: every request to /graphql is logged with the operations
   * of its body (a JSON array when batched); its body is handed on to yoga already read.
   * @param {import('node:http').Server} http
   */
  function observe(http) {
    const listeners = http.listeners('request');
    if (listeners.length !== 1) throw new Error(`Expected one request listener on the loyalty server, found ${listeners.length}.`);
    const yoga = /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} */ (listeners[0]);
    http.removeAllListeners('request');
    http.on('request', (req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (!path.startsWith('/graphql')) return yoga(req, res);
      const entry = {
        seq: ++seq,
        method: req.method ?? 'GET',
        path,
        locale: /** @type {string | undefined} */ (req.headers['accept-language']),
        authorization: Boolean(req.headers.authorization),
        operations: /** @type {string[]} */ ([]),
        aborted: false,
        answered: false,
      };
      requests.push(entry);
      res.on('close', () => {
        if (res.writableFinished) entry.answered = true;
        else entry.aborted = true;
      });
      if (req.method !== 'POST') return yoga(req, res);
      /** @type {Buffer[]} */
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        entry.operations = operationNames(body);
        // @whatwg-node/server (under yoga) takes a body that was already read from `req.body`.
        /** @type {any} */ (req).body = body;
        if (dropping) {
          dropping = false;
          // Yoga runs the operation; whatever it answers, the connection is cut instead.
          res.writeHead = () => res;
          res.write = () => true;
          // The head goes out first: Chrome re-sends a request whose reused connection closes
          // before any answer (even a POST), and that would not be a lost answer.
          res.end = () => (req.socket.end('HTTP/1.1 200 OK\r\ncontent-length: 64\r\n\r\n'), req.socket.destroySoon(), res);
        }
        const go = () => {
          if (!entry.aborted && !res.destroyed) yoga(req, res);
        };
        if (holding) held.push(go);
        else go();
      });
    });
  }

  async function stopListening() {
    if (!test || !listening) return;
    const http = test.server.http;
    listening = false;
    held = [];
    await new Promise((resolve) => {
      http.close(() => resolve(undefined));
      http.closeAllConnections();
    });
  }

  async function startListening() {
    if (!test || listening) return;
    const http = test.server.http;
    await new Promise((resolve, reject) => {
      http.once('error', reject);
      http.listen(port, '127.0.0.1', () => {
        http.off('error', reject);
        resolve(undefined);
      });
    });
    listening = true;
  }

  function release() {
    holding = false;
    const waiting = held;
    held = [];
    for (const go of waiting) go();
  }

  /**
   * A GraphQL call that never touches the HTTP listener (and so is neither counted nor affected
   * by `stop` or `hold`).
   * @param {unknown} body
   * @param {Record<string, string>} headers
   */
  async function inProcess(body, headers) {
    if (!test) throw new Error('The loyalty server is not running.');
    const response = await test.server.yoga.fetch('http://in-process/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }

  /** @param {string} memberId @param {string | undefined} partnerId @param {number | undefined} ttlSeconds */
  async function mint(memberId, partnerId, ttlSeconds) {
    if (!test) throw new Error('The loyalty server is not running.');
    const ttl = ttlSeconds ?? 900;
    if (partnerId) {
      // Any claims, even a member that does not exist (for the error tests).
      const { token, expiresAt } = await test.server.deps.tokens.issue({ partnerId, memberId }, test.clock.now(), ttl);
      return { token, expiresAt: expiresAt.toISOString() };
    }
    const token = await test.tokenFor(memberId, ttl);
    return { token, expiresAt: new Date(test.clock.current.getTime() + ttl * 1000).toISOString() };
  }

  /** @type {Record<string, (body: any) => Promise<unknown> | unknown>} */
  const routes = {
    info: () => ({ url: test?.url, now: test?.clock.current.toISOString(), initialNow, listening, holding }),
    token: ({ memberId, partnerId, ttlSeconds }) => mint(memberId, partnerId, ttlSeconds),
    admin: async ({ query, variables }) => (await inProcess({ query, variables }, { authorization: `Bearer ${test?.secretKey}` })).body,
    member: async ({ memberId, query, variables, locale }) => {
      const { token } = await mint(memberId, undefined, 900);
      return (await inProcess({ query, variables }, { authorization: `Bearer ${token}`, ...(locale ? { 'accept-language': locale } : {}) })).body;
    },
    clock: ({ advanceSeconds, set, reset }) => {
      if (!test) throw new Error('The loyalty server is not running.');
      if (reset) test.clock.set(initialNow);
      if (set) test.clock.set(set);
      if (advanceSeconds) test.clock.set(new Date(test.clock.current.getTime() + advanceSeconds * 1000));
      return { now: test.clock.current.toISOString() };
    },
    stop: async () => {
      await stopListening();
      return { listening };
    },
    start: async () => {
      await startListening();
      return { listening };
    },
    hold: () => {
      holding = true;
      return { holding };
    },
    release: () => {
      release();
      return { holding };
    },
    dropNextAnswer: () => {
      dropping = true;
      return { dropping };
    },
    /** Undo every fault: run after each test so one failure does not cascade. */
    restore: async () => {
      dropping = false;
      release();
      await startListening();
      test?.clock.set(initialNow);
      return { listening, holding, now: test?.clock.current.toISOString() };
    },
    requests: ({ since = 0 } = {}) => ({ last: seq, requests: requests.filter((entry) => entry.seq > since) }),
  };

  /** @type {import('@web/dev-server-core').Middleware} */
  const middleware = async (ctx, next) => {
    // The pictures, files and videos the demo seed points at, as the demo host serves them.
    if (ctx.path.startsWith('/demo/')) {
      const { demoMedia, mediaResponse } = await importServerCode('../../../demo/media.ts');
      const file = await demoMedia(ctx.path);
      if (!file) return next();
      const { status, headers, body } = mediaResponse(file, ctx.get('range') || undefined);
      ctx.status = status;
      ctx.set(headers);
      ctx.body = body;
      return;
    }
    if (!ctx.path.startsWith(`${prefix}/`)) return next();
    const route = routes[ctx.path.slice(prefix.length + 1)];
    if (!route) {
      ctx.status = 404;
      ctx.body = { error: `No test route ${ctx.path}` };
      return;
    }
    try {
      await starting;
      const raw = ctx.method === 'POST' ? await readBody(ctx.req) : '';
      ctx.set('cache-control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify((await route(raw ? JSON.parse(raw) : {})) ?? null);
    } catch (error) {
      ctx.status = 500;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ error: String(/** @type {Error} */ (error)?.stack ?? error) });
    }
  };

  /** @type {import('@web/dev-server-core').Plugin} */
  const plugin = {
    name: 'loyalty-server',
    async serverStart() {
      starting = start();
      await starting;
    },
    async serverStop() {
      release();
      await startListening().catch(() => {});
      await test?.close();
      test = undefined;
    },
  };

  return { plugin, middleware };
}

/** @param {import('node:http').IncomingMessage} req */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The operation names in a GraphQL-over-HTTP body, e.g. `['TierBadge', 'PointsBalance']` for a
 * batch; `(anonymous)` for an unnamed one, `(unreadable)` when the body is not JSON.
 * @param {Buffer} body
 */
function operationNames(body) {
  try {
    const parsed = JSON.parse(body.toString('utf8'));
    const operations = Array.isArray(parsed) ? parsed : [parsed];
    return operations.map((operation) => /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(String(operation?.query ?? ''))?.[1] ?? '(anonymous)');
  } catch {
    return ['(unreadable)'];
  }
}
