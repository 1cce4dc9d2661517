import { hkdfSync } from 'node:crypto';
import { SignJWT, jwtVerify, errors } from 'jose';

export const WIDGET_TOKEN_AUDIENCE = 'partner-portal-widget';
export const MAX_WIDGET_TOKEN_TTL_SECONDS = 900;
export const MIN_WIDGET_TOKEN_TTL_SECONDS = 60;

export interface WidgetClaims {
  partnerId: string;
  memberId: string;
}

export type TokenCheck =
  | ({ ok: true } & WidgetClaims)
  | { ok: false; reason: 'TOKEN_EXPIRED' | 'TOKEN_INVALID' };

/**
 * Widget tokens are signed with a key derived from the supplier's secret key, so rotating the
 * secret key revokes every outstanding token and the secret itself never signs anything.
 */
export class WidgetTokens {
  private readonly key: Uint8Array;

  constructor(secretKey: string, private readonly issuer: string) {
    this.key = new Uint8Array(hkdfSync('sha256', secretKey, 'partner-portal', 'widget-token-v1', 32));
  }

  async issue(claims: WidgetClaims, now: Date, ttlSeconds = MAX_WIDGET_TOKEN_TTL_SECONDS): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + ttlSeconds;
    const token = await new SignJWT({ pid: claims.partnerId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.memberId)
      .setAudience(WIDGET_TOKEN_AUDIENCE)
      .setIssuer(this.issuer)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  async verify(token: string, now: Date): Promise<TokenCheck> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        audience: WIDGET_TOKEN_AUDIENCE,
        issuer: this.issuer,
        currentDate: now,
        maxTokenAge: MAX_WIDGET_TOKEN_TTL_SECONDS + 5,
      });
      if (typeof payload.sub !== 'string' || typeof payload.pid !== 'string') return { ok: false, reason: 'TOKEN_INVALID' };
      return { ok: true, partnerId: payload.pid, memberId: payload.sub };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'TOKEN_EXPIRED' };
      return { ok: false, reason: 'TOKEN_INVALID' };
    }
  }
}
