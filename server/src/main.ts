import { parseArgs } from 'node:util';
import { startServer } from './app.js';
import { openDatabase, targetFromEnvironment, describeTarget, DatabaseUnavailableError, migrate } from './store/open.js';
import { resolveSecretKey, corsOriginsFromEnv, ConfigError } from './config.js';
import { seedDemo, isSeeded } from './seed/demo.js';
import { WidgetTokens, MAX_WIDGET_TOKEN_TTL_SECONDS } from './auth/widget-token.js';

const USAGE = `partner-portal-server — the reference loyalty backend

Usage:
  partner-portal-server serve [--port 4000] [--host 127.0.0.1] [--data .data | --memory] [--seed demo]
  partner-portal-server migrate [--data .data]
  partner-portal-server seed demo [--data .data]
  partner-portal-server token --partner <id> --member <id> [--ttl 900] [--data .data]

The embedded database (PGlite) lives in --data (default .data). Set DATABASE_URL=postgres://…
to use a PostgreSQL server instead, and PARTNER_PORTAL_SECRET_KEY=sk_… for the supplier key
(generated into the data directory when unset on the embedded database).
NODE_ENV=production hides introspection and error details; CORS_ORIGINS=a,b allows browsers.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4000' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: '.data' },
      memory: { type: 'boolean', default: false },
      seed: { type: 'string' },
      partner: { type: 'string' },
      member: { type: 'string' },
      ttl: { type: 'string', default: String(MAX_WIDGET_TOKEN_TTL_SECONDS) },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, argument] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 1;
  }
  const storage = { dataDir: values.data, memory: values.memory };
  const target = targetFromEnvironment(storage);

  switch (command) {
    case 'serve': {
      if (values.seed && values.seed !== 'demo') throw new ConfigError(`Unknown seed "${values.seed}": the one seed is "demo".`);
      const mode = process.env.NODE_ENV === 'production' ? 'production' : 'development';
      const secretKey = await resolveSecretKey(storage);
      const server = await startServer({
        target,
        secretKey,
        port: Number(values.port),
        host: values.host,
        mode,
        corsOrigins: corsOriginsFromEnv(process.env, mode),
        prepare: async ({ db }) => {
          if (values.seed === 'demo' && !(await isSeeded(db))) {
            console.log('Seeding the demo program…');
            await seedDemo(db, { now: new Date() });
          }
        },
      });
      console.log(`Loyalty API on ${server.url} (${describeTarget(target)}, ${mode})`);
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return new Promise<number>(() => {});
    }
    case 'migrate': {
      const { db, close } = await openDatabase(target, { migrate: false });
      const applied = await migrate(db);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Already up to date.');
      await close();
      return 0;
    }
    case 'seed': {
      if (argument !== 'demo') throw new ConfigError('Usage: partner-portal-server seed demo');
      const { db, close } = await openDatabase(target);
      if (await isSeeded(db)) {
        console.log('The database already holds a program; nothing seeded.');
      } else {
        const summary = await seedDemo(db, { now: new Date() });
        console.log(`Seeded the demo program: ${JSON.stringify(summary)}`);
      }
      await close();
      return 0;
    }
    case 'token': {
      if (!values.partner || !values.member) throw new ConfigError('Usage: partner-portal-server token --partner <id> --member <id>');
      const ttl = Number(values.ttl);
      if (!Number.isInteger(ttl) || ttl < 60 || ttl > MAX_WIDGET_TOKEN_TTL_SECONDS) throw new ConfigError(`--ttl is 60–${MAX_WIDGET_TOKEN_TTL_SECONDS} seconds.`);
      const { db, close } = await openDatabase(target);
      const member = await db.selectFrom('members').select(['id', 'partner_id']).where('id', '=', values.member).executeTakeFirst();
      await close();
      if (!member || member.partner_id !== values.partner) throw new ConfigError(`No member ${values.member} in partner ${values.partner}.`);
      const tokens = new WidgetTokens(await resolveSecretKey(storage), 'partner-portal');
      const { token } = await tokens.issue({ partnerId: values.partner, memberId: values.member }, new Date(), ttl);
      console.log(token);
      return 0;
    }
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DatabaseUnavailableError || error instanceof ConfigError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      console.error(`partner-portal-server: ${(error as Error).message}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
