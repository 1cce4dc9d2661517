/**
 * The failures a caller can cause by breaking a program rule. Each code is also a value of the
 * GraphQL `ErrorCode` enum, so the API layer can pass `code` through as `extensions.code`
 * without a mapping table.
 */
export const DOMAIN_ERROR_CODES = [
  'BAD_USER_INPUT',
  'INSUFFICIENT_POINTS',
  'OUT_OF_STOCK',
  'TIER_REQUIRED',
  'NOT_AVAILABLE',
  'DUPLICATE_REFERRAL',
  'SELF_REFERRAL',
  'EXISTING_PARTNER',
  'FREE_MAIL_DOMAIN',
  'INVALID_TRANSITION',
  'ALREADY_ANSWERED',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    public readonly code: DomainErrorCode,
    message: string,
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(value: unknown, code?: DomainErrorCode): value is DomainError {
  return value instanceof DomainError && (code === undefined || value.code === code);
}
