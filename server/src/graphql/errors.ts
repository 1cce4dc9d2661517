import { GraphQLError } from 'graphql';
import { DomainError } from '../domain/errors.js';
import type { ErrorCode } from './generated/resolvers.js';

/**
 * A failure the caller can cause and fix. `extensions.code` is the stable contract clients
 * switch on; details (e.g. `shortBy`) ride along in extensions so a widget can explain itself.
 */
export function userError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export const badInput = (message: string, details: Record<string, unknown> = {}) => userError('BAD_USER_INPUT', message, details);
export const notFound = (what: string) => userError('NOT_FOUND', `${what} was not found.`);

/** Turns a rule broken in the domain layer into the error the API promises. */
export function fromDomainError(error: unknown): unknown {
  if (error instanceof DomainError) {
    const code = (DOMAIN_TO_API[error.code] ?? error.code) as ErrorCode;
    return userError(code, error.message, { ...(error.details ?? {}) });
  }
  return error;
}

const DOMAIN_TO_API: Partial<Record<string, ErrorCode>> = {
  FREE_MAIL_DOMAIN: 'BAD_USER_INPUT',
};

/** Runs `work`, translating domain errors; use around every call into the domain layer. */
export async function withDomainErrors<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw fromDomainError(error);
  }
}

/** PostgreSQL's unique-violation, used to turn a lost insert race into a replay. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  if (e?.code !== '23505') return false;
  return !constraint || e.constraint === constraint || (e.message ?? '').includes(constraint);
}
