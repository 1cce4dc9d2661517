/** A GraphQL error as it travels over the wire (GraphQL-over-HTTP response `errors[]`). */
export interface WireError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; reason?: string; [key: string]: unknown };
}

/**
 * Codes the client adds to the server's `ErrorCode`s: `NETWORK` when no answer came back (server
 * down, connection dropped), `BAD_RESPONSE` when the answer was not GraphQL.
 */
export type ClientErrorCode = 'NETWORK' | 'BAD_RESPONSE';

/** Why a query or mutation failed, keyed by a stable code widgets can switch on. */
export class PortalError extends Error {
  override name = 'PortalError';
  readonly code: string;
  /** `extensions.reason`, e.g. `TOKEN_EXPIRED` for an `UNAUTHENTICATED` error. */
  readonly reason?: string;
  readonly extensions: Record<string, unknown>;

  constructor(code: string, message: string, extensions: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.reason = typeof extensions.reason === 'string' ? extensions.reason : undefined;
    this.extensions = extensions;
  }

  static from(error: WireError): PortalError {
    const extensions = error.extensions ?? {};
    return new PortalError(extensions.code ?? 'INTERNAL_SERVER_ERROR', error.message, extensions);
  }

  get isTokenExpired(): boolean {
    return this.code === 'TOKEN_EXPIRED' || (this.code === 'UNAUTHENTICATED' && this.reason === 'TOKEN_EXPIRED');
  }
}

export function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
