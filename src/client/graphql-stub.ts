/**
 * Browser builds resolve the `graphql` package to this module. graphql-request imports graphql's
 * parser and printer only to read operation names from documents; our transport sends prebuilt
 * strings with `excludeOperationName`, so those paths never run and ~11 KB gzip of parser stays
 * out of the page. If one ever did run, it fails loudly instead of misbehaving.
 */
function unavailable(name: string): never {
  throw new Error(`graphql.${name} is not bundled: send prebuilt document strings.`);
}

export const Kind = { OPERATION_DEFINITION: 'OperationDefinition' } as const;
export const parse = (): never => unavailable('parse');
export const print = (): never => unavailable('print');
export class GraphQLError extends Error {}
