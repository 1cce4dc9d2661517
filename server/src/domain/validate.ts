import { DomainError } from './errors.js';

// Guards shared by the rule modules. The rules are called with values that came over the wire
// (GraphQL SafeInt, JSON dates), so a wrong type is a caller's mistake we report, not a crash.

export function badInput(message: string, details?: Record<string, unknown>): DomainError {
  return new DomainError('BAD_USER_INPUT', message, details);
}

export function assertSafeInteger(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw badInput(`${name} must be a safe integer`, { field: name, value });
  }
}

export function assertNonNegativeInteger(value: unknown, name: string): asserts value is number {
  assertSafeInteger(value, name);
  if (value < 0) throw badInput(`${name} must not be negative`, { field: name, value });
}

export function assertIntegerInRange(
  value: unknown,
  name: string,
  min: number,
  max: number,
): asserts value is number {
  assertSafeInteger(value, name);
  if (value < min || value > max) {
    throw badInput(`${name} must be between ${min} and ${max}`, { field: name, value, min, max });
  }
}

export function assertValidDate(value: unknown, name: string): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw badInput(`${name} must be a valid date`, { field: name });
  }
}

/** Converts a BigInt result back to a number, refusing values a JSON/GraphQL client can't hold. */
export function toSafeNumber(value: bigint, name: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw badInput(`${name} exceeds the safe integer range`, { field: name, value: value.toString() });
  }
  return Number(value);
}
