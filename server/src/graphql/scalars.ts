import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) {
    throw new GraphQLError('DateTime must be an ISO-8601 string with a time zone, e.g. 2026-11-23T10:00:00Z.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime()) || !isCalendarDate(value)) {
    throw new GraphQLError(`"${value}" is not a real date.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return date;
}

// Date() rolls 2026-02-30 over to March 2nd; a typo in a date must not become another date.
function isCalendarDate(value: string): boolean {
  const [year, month, day, hour, minute, second] = value.split(/[-T:.Z+]/).map(Number) as number[];
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return month! >= 1 && month! <= 12 && day! >= 1 && day! <= daysInMonth && hour! <= 23 && minute! <= 59 && (second ?? 0) <= 59;
}

export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date.');
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string.', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDateTime(ast.value);
  },
});

function parseSafeInt(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new GraphQLError('SafeInt must be a whole number between -(2^53-1) and 2^53-1.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

export const SafeInt = new GraphQLScalarType<number, number>({
  name: 'SafeInt',
  serialize: (value) => parseSafeInt(value),
  parseValue: parseSafeInt,
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw new GraphQLError('SafeInt must be an integer.', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseSafeInt(Number(ast.value));
  },
});
