import { GraphQLClient, ClientError } from 'graphql-request';
import type { WireError } from './errors.js';

/** One GraphQL operation: a prebuilt document string and its variables. */
export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

export interface OperationResult {
  data?: Record<string, unknown> | null;
  errors?: readonly WireError[];
}

export interface TransportRequest {
  operations: readonly Operation[];
  headers: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Sends a batch of operations in one HTTP request and answers one result per operation, in
 * order. It rejects only when no GraphQL answer came back at all (network, non-GraphQL body);
 * GraphQL errors are results. Stories and tests of the client's own logic plug in recordings.
 */
export interface Transport {
  execute(request: TransportRequest): Promise<OperationResult[]>;
}

/**
 * The transport over graphql-request. Operations are sent as a JSON array (graphql-yoga's
 * batching): one HTTP request for every widget on the page. `excludeOperationName` keeps
 * graphql-request from parsing our prebuilt strings, which is what lets browser builds replace
 * the `graphql` package with a stub (see `graphql-stub.ts`).
 */
export function graphqlRequestTransport(endpoint: string): Transport {
  // graphql-request needs an absolute URL; a page may well say `/graphql`.
  const url = typeof document === 'undefined' ? endpoint : new URL(endpoint, document.baseURI).href;
  const client = new GraphQLClient(url, { excludeOperationName: true, errorPolicy: 'all' });
  return {
    async execute({ operations, headers, signal }) {
      try {
        const results = (await client.batchRequests({
          documents: operations.map((operation) => ({ document: operation.query, variables: operation.variables })),
          requestHeaders: headers,
          signal,
        })) as OperationResult[];
        return results.map(({ data, errors }) => ({ data, errors }));
      } catch (error) {
        // A non-2xx answer that still carries GraphQL errors (e.g. 400 for a query the server
        // refuses) is a result for every operation of the batch.
        if (error instanceof ClientError) {
          const response = error.response as unknown as Record<string, { errors?: WireError[] }> & { errors?: WireError[]; status: number };
          const errors = response.errors ?? response[0]?.errors;
          if (errors?.length) return operations.map((_, i) => ({ data: null, errors: response[i]?.errors ?? errors }));
          throw Object.assign(new Error(`The loyalty service answered HTTP ${response.status}.`), { status: response.status });
        }
        throw error;
      }
    },
  };
}
