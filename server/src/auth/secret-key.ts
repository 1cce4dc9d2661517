import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SECRET_KEY_PREFIX = 'sk_';

export function generateSecretKey(): string {
  return SECRET_KEY_PREFIX + randomBytes(24).toString('base64url');
}

/** Constant-time comparison: hashing first makes the lengths equal. */
export function secretKeyMatches(presented: string, configured: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(configured).digest();
  return timingSafeEqual(a, b);
}
