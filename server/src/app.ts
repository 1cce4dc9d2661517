import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase, type DatabaseTarget, type OpenDatabase } from './store/open.js';
import { WidgetTokens } from './auth/widget-token.js';
import { createLoyaltyServer, type LoyaltyYoga } from './graphql/server.js';
import { ProgramCache } from './graphql/program-cache.js';
import { OpenLotsCache } from './ledger/open-lots-cache.js';
import type { ServerDeps } from './graphql/context.js';
import { certificatePages } from './pages/certificate.js';

export interface StartOptions {
  target: DatabaseTarget;
  secretKey: string;
  port?: number;
  host?: string;
  mode?: ServerDeps['mode'];
  corsOrigins?: string[];
  now?: () => Date;
  /** Runs after migrations, before the first request (e.g. the demo seed). */
  prepare?: (database: OpenDatabase, deps: ServerDeps) => Promise<void>;
  /** Serves more than the API from the same origin (the demo portal): gets yoga, answers the listener. */
  routes?: (yoga: LoyaltyYoga, deps: ServerDeps) => RequestListener;
}

export interface RunningServer {
  url: string;
  http: Server;
  yoga: LoyaltyYoga;
  database: OpenDatabase;
  deps: ServerDeps;
  close(): Promise<void>;
}

/** Opens the database, applies migrations and serves `/graphql` over Node's http server. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const database = await openDatabase(options.target);
  const mode = options.mode ?? 'development';
  const deps: ServerDeps = {
    db: database.db,
    secretKey: options.secretKey,
    tokens: new WidgetTokens(options.secretKey, 'partner-portal'),
    now: options.now ?? (() => new Date()),
    mode,
    programCache: new ProgramCache(database.db),
    openLots: new OpenLotsCache(),
  };
  await options.prepare?.(database, deps);
  const yoga = createLoyaltyServer(deps, { corsOrigins: options.corsOrigins ?? (mode === 'development' ? ['*'] : []) });
  const api = options.routes ? options.routes(yoga, deps) : yoga;
  // Public pages come first, whatever else the host serves: a certificate's page is where its
  // link says, beside /graphql.
  const pages = certificatePages(deps);
  const http = createServer((request, response) => {
    if (!pages(request, response)) api(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    url: `http://${host}:${port}/graphql`,
    http,
    yoga,
    database,
    deps,
    async close() {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await database.close();
    },
  };
}
