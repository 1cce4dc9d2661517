import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type RunningServer } from '../../server/src/app.js';
import { generateSecretKey } from '../../server/src/auth/secret-key.js';
import { corsOriginsFromEnv } from '../../server/src/config.js';

// The API as `NODE_ENV=production partner-portal-server serve` runs it: which pages may call it
// from a browser, and what it tells a stranger.
const PARTNER_SITE = 'https://partners.example.com';
const STRANGER = 'https://evil.example';

async function ask(server: RunningServer, origin: string, query = '{ __typename }') {
  return fetch(server.url, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
}
async function preflight(server: RunningServer, origin: string) {
  return fetch(server.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });
}

describe('production mode', () => {
  let closed: RunningServer;
  let open: RunningServer;
  before(async () => {
    const common = { target: { kind: 'pglite-memory' } as const, secretKey: generateSecretKey(), mode: 'production' as const };
    closed = await startServer({ ...common, corsOrigins: corsOriginsFromEnv({}, 'production') });
    open = await startServer({ ...common, corsOrigins: corsOriginsFromEnv({ CORS_ORIGINS: `${PARTNER_SITE}, https://shop.example.com` }, 'production') });
  });
  after(async () => {
    await closed?.close();
    await open?.close();
  });

  it('without CORS_ORIGINS no other site may call the API from a browser', async () => {
    assert.deepEqual(corsOriginsFromEnv({}, 'production'), []);
    for (const response of [await ask(closed, STRANGER), await preflight(closed, STRANGER)]) {
      assert.equal(response.headers.get('access-control-allow-origin'), null, `${response.status}: no CORS answer for a stranger`);
    }
  });

  it('with CORS_ORIGINS the listed sites may, others may not', async () => {
    for (const site of [PARTNER_SITE, 'https://shop.example.com']) {
      const response = await preflight(open, site);
      assert.equal(response.headers.get('access-control-allow-origin'), site);
      assert.match(response.headers.get('access-control-allow-headers') ?? '', /authorization/);
      const answer = await ask(open, site);
      assert.equal(answer.headers.get('access-control-allow-origin'), site);
      assert.match(answer.headers.get('vary') ?? '', /origin/i, 'caches keep one answer per origin');
    }
    // A stranger, and a sandboxed page or data: URL (which send `Origin: null`), get no CORS answer.
    for (const origin of [STRANGER, 'null']) {
      for (const response of [await ask(open, origin), await preflight(open, origin)]) {
        assert.equal(response.headers.get('access-control-allow-origin'), null, `${origin}: no CORS answer`);
      }
    }
  });

  it('development lets any page call it (the demo and Storybook on other ports)', () => {
    assert.deepEqual(corsOriginsFromEnv({}, 'development'), ['*']);
  });

  it('hides the schema from introspection', async () => {
    const body = await (await ask(open, PARTNER_SITE, '{ __schema { types { name } } }')).json();
    assert.equal(body.data, undefined);
    assert.match(JSON.stringify(body.errors), /introspection/i);
  });
});
