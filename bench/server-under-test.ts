/**
 * The server the benchmark measures, in a worker thread of its own: in production the server
 * has its process to itself, so the load generator's work (building requests, parsing
 * answers, its garbage) must not land on the server's event loop and count as its latency.
 * Answers the URL and the tokens of two demo members, then serves until told to close.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { createSchema, createYoga } from 'graphql-yoga';
import { startServer } from '../server/src/app.js';
import { generateSecretKey } from '../server/src/auth/secret-key.js';
import { seedDemo, DEMO_PERSONAS } from '../server/src/seed/demo.js';
import type { DatabaseTarget } from '../server/src/store/open.js';

export type UnderTest = { kind: 'trivial' } | { kind: 'loyalty'; target: DatabaseTarget };
export interface Ready {
  url: string;
  tokens: { gold: string; platinum: string };
}

const port = parentPort!;
const subject = workerData as UnderTest;

if (subject.kind === 'trivial') {
  // The yardstick: graphql-yoga with one resolver, measured the same way.
  const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }), logging: false });
  const http = createServer(yoga);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  port.postMessage({ url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`, tokens: { gold: '', platinum: '' } } satisfies Ready);
  port.once('message', () => http.close(() => process.exit(0)));
} else {
  const server = await startServer({ target: subject.target, secretKey: generateSecretKey(), mode: 'production', prepare: async ({ db }) => void (await seedDemo(db, { now: new Date() })) });
  const token = async (key: string) => {
    const persona = DEMO_PERSONAS.find((p) => p.key === key)!;
    return (await server.deps.tokens.issue({ partnerId: persona.partnerId, memberId: persona.memberId }, new Date(), 900)).token;
  };
  port.postMessage({ url: server.url, tokens: { gold: await token('gold'), platinum: await token('platinum') } } satisfies Ready);
  port.once('message', async () => {
    await server.close();
    process.exit(0);
  });
}
