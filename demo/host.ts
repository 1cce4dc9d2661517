/**
 * The demo supplier's web server: it serves the partner portal page built from demo/, mounts the
 * loyalty API at /graphql on the same origin, and mints widget tokens the way a supplier's own
 * server would — server side, with the secret key, which never reaches the page.
 *
 *   node --import tsx demo/host.ts [--port 4000] [--data .data | --memory] [--no-build]
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer, type RunningServer } from '../server/src/app.js';
import { resolveSecretKey, ConfigError } from '../server/src/config.js';
import type { LoyaltyYoga } from '../server/src/graphql/server.js';
import { seedDemo, isSeeded } from '../server/src/seed/demo.js';
import { DEMO_PERSONAS, type DemoPersona } from '../server/src/seed/demo-partners.js';
import { describeTarget, targetFromEnvironment, DatabaseUnavailableError } from '../server/src/store/open.js';
import { demoMedia, mediaResponse } from './media.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_PERSONA = 'silver';

export interface DemoHostOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  memory?: boolean;
  /** Build demo/ with Vite first (false when dist/demo is known to be fresh). */
  build?: boolean;
  now?: () => Date;
}

export interface DemoHost {
  url: string;
  server: RunningServer;
  close(): Promise<void>;
}

interface PersonaView extends Pick<DemoPersona, 'key' | 'partnerId' | 'memberId' | 'tier' | 'locale'> {
  partnerName: string;
  memberName: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/**
 * The pages work under a strict policy: scripts and styles only from files of this origin, no
 * inline code, Trusted Types enforced (Lit's templates go through its own `lit-html` policy).
 */
function contentSecurityPolicy(trustedTypesPolicies: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypesPolicies.join(' ')}`,
  ].join('; ');
}
const CONTENT_SECURITY_POLICY = contentSecurityPolicy(['lit-html']);

/** The portal, and the same widgets driven by plain HTML, React and Vue (demo/interop/). */
const PAGES = new Map<string, { file: string; policy: string }>([
  ['/', { file: 'index.html', policy: CONTENT_SECURITY_POLICY }],
  ['/index.html', { file: 'index.html', policy: CONTENT_SECURITY_POLICY }],
  ...(['html', 'react', 'vue'] as const).flatMap((name) => {
    const page = {
      file: `interop/${name}.html`,
      // Vue's runtime creates a Trusted Types policy named `vue` as it loads (for the static HTML
      // of templates compiled at build time; render functions never use it). A Vue host allows
      // that name, or the browser reports a violation: this page does what such a host must.
      policy: name === 'vue' ? contentSecurityPolicy(['lit-html', 'vue']) : CONTENT_SECURITY_POLICY,
    };
    return [[`/interop/${name}`, page] as const, [`/interop/${name}.html`, page] as const];
  }),
]);

export async function startDemoHost(options: DemoHostOptions = {}): Promise<DemoHost> {
  const distDir = join(root, 'dist', 'demo');
  if (options.build !== false) await buildDemo();
  const storage = { dataDir: options.dataDir ?? join(root, '.data'), memory: options.memory ?? false };
  const target = targetFromEnvironment(storage);
  const secretKey = await resolveSecretKey(storage);
  let admin: (query: string, variables?: Record<string, unknown>) => Promise<Record<string, any>>;
  let personas: PersonaView[] = [];

  const server = await startServer({
    target,
    secretKey,
    port: options.port ?? 4000,
    host: options.host ?? '127.0.0.1',
    now: options.now,
    corsOrigins: [],
    prepare: async ({ db }) => {
      if (!(await isSeeded(db))) {
        console.log('Seeding the demo program (first run only)…');
        await seedDemo(db, { now: options.now?.() ?? new Date() });
      }
    },
    routes: (yoga) => {
      admin = adminClient(yoga, secretKey);
      return (request, response) => {
        route(request, response, yoga).catch((error) => {
          console.error(error);
          if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'The demo host failed; see its log.');
        });
      };
    },
  });
  personas = await loadPersonas(admin!);

  async function route(request: IncomingMessage, response: ServerResponse, yoga: LoyaltyYoga): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/graphql')) return void yoga(request, response);
    if (url.pathname === '/demo-api/token' && request.method === 'POST') {
      const body = JSON.parse((await readBody(request)) || '{}') as { persona?: string };
      const persona = personas.find((candidate) => candidate.key === body.persona);
      if (!persona) return send(response, 404, 'application/json', JSON.stringify({ error: `No persona "${body.persona}".` }));
      const token = await mintToken(admin, persona);
      return send(response, 200, 'application/json', JSON.stringify({ ...token, locale: persona.locale }), { 'cache-control': 'no-store' });
    }
    if (url.pathname.startsWith('/demo/')) {
      const file = await demoMedia(url.pathname);
      if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      const { status, headers, body } = mediaResponse(file, request.headers.range);
      response.writeHead(status, headers);
      return void response.end(body);
    }
    const page = PAGES.get(url.pathname);
    if (page) {
      const persona = personas.find((candidate) => candidate.key === url.searchParams.get('as')) ?? personas.find((candidate) => candidate.key === DEFAULT_PERSONA)!;
      const html = await readFile(join(distDir, page.file), 'utf8');
      const token = await mintToken(admin, persona);
      return send(response, 200, CONTENT_TYPES['.html'], renderPage(html, persona, personas, token.token), {
        'content-security-policy': page.policy,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
    }
    return serveStatic(distDir, url.pathname, response);
  }

  const url = server.url.replace(/\/graphql$/, '/');
  return {
    url,
    server,
    async close() {
      await server.close();
    },
  };
}

/** Builds demo/ (the portal and the interop pages) into dist/demo with the project's Vite config. */
export async function buildDemo(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

function adminClient(yoga: LoyaltyYoga, secretKey: string) {
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secretKey}` },
      body: JSON.stringify({ query, variables }),
    });
    const result = (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
    if (result.errors?.length) throw new Error(`Admin API: ${result.errors.map((error) => error.message).join('; ')}`);
    return result.data!;
  };
}

async function loadPersonas(admin: ReturnType<typeof adminClient>): Promise<PersonaView[]> {
  const data = await admin(`query DemoPartners { partners(first: 100) { nodes { id name members { id name } } } }`);
  const partners = data.partners.nodes as { id: string; name: string; members: { id: string; name: string }[] }[];
  return DEMO_PERSONAS.flatMap((persona) => {
    const partner = partners.find((candidate) => candidate.id === persona.partnerId);
    const member = partner?.members.find((candidate) => candidate.id === persona.memberId);
    return partner && member ? [{ ...persona, partnerName: partner.name, memberName: member.name }] : [];
  });
}

async function mintToken(admin: ReturnType<typeof adminClient>, persona: PersonaView): Promise<{ token: string; expiresAt: string }> {
  const data = await admin(
    `mutation DemoToken($input: IssueWidgetTokenInput!) { issueWidgetToken(input: $input) { token expiresAt } }`,
    { input: { partnerId: persona.partnerId, memberId: persona.memberId } },
  );
  return data.issueWidgetToken;
}

/** What a supplier's server renders into its page: the member's token and who they are. */
function renderPage(template: string, persona: PersonaView, personas: PersonaView[], token: string): string {
  const options = personas
    .map(
      (candidate) =>
        `<option value="${escapeHtml(candidate.key)}"${candidate === persona ? ' selected' : ''}>${escapeHtml(candidate.partnerName)} · ${escapeHtml(candidate.memberName)}</option>`,
    )
    .join('');
  return template
    .replace('<html lang="en">', `<html lang="${persona.locale}">`)
    .replace('%PERSONA_OPTIONS%', options)
    .replaceAll('%PARTNER_TOKEN%', escapeHtml(token))
    .replaceAll('%PERSONA%', escapeHtml(persona.key))
    .replaceAll('%LOCALE%', persona.locale)
    .replaceAll('%MEMBER_NAME%', escapeHtml(persona.memberName))
    .replaceAll('%PARTNER_NAME%', escapeHtml(persona.partnerName));
}

async function serveStatic(dir: string, pathname: string, response: ServerResponse): Promise<void> {
  const file = resolve(dir, normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, ''));
  if (!file.startsWith(dir + sep)) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch {
    return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  }
  const immutable = pathname.startsWith('/assets/');
  send(response, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file), {
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': type, ...headers });
  response.end(body);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 10_000) request.destroy(new Error('Request body too large.'));
    });
    request.on('end', () => resolveBody(body));
    request.on('error', reject);
  });
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4000' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: '.data' },
      memory: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const started = Date.now();
  const host = await startDemoHost({
    port: Number(values.port),
    host: values.host,
    dataDir: values.data,
    memory: values.memory,
    build: !values['no-build'],
  });
  console.log(`\nPartner portal demo: ${host.url}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`Loyalty API:         ${host.server.url}  (${describeTarget(host.server.database.target)})`);
  console.log('View as another partner with the switcher in the page header, or ?as=platinum|gold|silver|bronze|new|staff.');
  const stop = async () => {
    await host.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}
