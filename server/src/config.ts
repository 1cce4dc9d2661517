import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSecretKey, SECRET_KEY_PREFIX } from './auth/secret-key.js';

/**
 * The supplier's secret key: `PARTNER_PORTAL_SECRET_KEY`, or, for the embedded database only,
 * one generated on first start and kept beside the data (mode 0600) so restarts and the
 * `token` command agree on it. In memory, a fresh key per process.
 */
export async function resolveSecretKey(options: { dataDir?: string; memory?: boolean }, env = process.env): Promise<string> {
  const configured = env.PARTNER_PORTAL_SECRET_KEY;
  if (configured) {
    if (!configured.startsWith(SECRET_KEY_PREFIX) || configured.length < 24) {
      throw new ConfigError(`PARTNER_PORTAL_SECRET_KEY must start with "${SECRET_KEY_PREFIX}" and be at least 24 characters long.`);
    }
    return configured;
  }
  if (env.DATABASE_URL) throw new ConfigError('Set PARTNER_PORTAL_SECRET_KEY when using DATABASE_URL.');
  if (options.memory) return generateSecretKey();
  const dir = options.dataDir ?? '.data';
  const file = join(dir, 'secret-key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const key = generateSecretKey();
    await mkdir(dir, { recursive: true });
    await writeFile(file, key + '\n', { mode: 0o600 });
    return key;
  }
}

export function corsOriginsFromEnv(env = process.env, mode: 'development' | 'production'): string[] {
  const list = (env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (list.length) return list;
  return mode === 'development' ? ['*'] : [];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}
