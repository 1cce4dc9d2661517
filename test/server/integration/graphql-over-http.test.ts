import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serverAudits } from 'graphql-http';
import { startTestServer, type TestServer } from '../support/harness.js';

// The GraphQL-over-HTTP spec's own server audits, from the graphql-http package: any GraphQL
// client that follows the spec can talk to our server. Every MUST audit has to pass; the
// SHOULD/MAY results are reported so regressions are visible in the log.

describe('GraphQL over HTTP conformance (graphql-http server audits)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed: 'none' });
  });
  after(() => server?.close());

  for (const audit of serverAudits({ url: () => server.url })) {
    const must = audit.name.startsWith('MUST');
    it(audit.name, async (t) => {
      const result = await audit.fn();
      if (must) assert.equal(result.status, 'ok', 'reason' in result ? result.reason : '');
      else if (result.status !== 'ok') t.diagnostic(`${result.status}: ${'reason' in result ? result.reason : ''}`);
    });
  }
});
