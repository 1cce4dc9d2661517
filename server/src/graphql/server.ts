import { createSchema, createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { NoSchemaIntrospectionCustomRule, type GraphQLError, type ValidationContext } from 'graphql';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { typeDefs } from './generated/schema-sdl.js';
import { buildResolvers } from './resolvers/index.js';
import { createContext, type GraphQLContext, type ServerDeps } from './context.js';

export interface LoyaltyServerOptions {
  /** Origins allowed to call the API from a browser; `*` only in development. */
  corsOrigins: string[];
}

/**
 * Armor's validation rules throw by default, which graphql-js turns into an unexpected error
 * (HTTP 200). Reported through the validation context instead, a rejected document is a
 * request error with status 400, as the GraphQL-over-HTTP spec asks.
 */
const asValidationError = {
  exposeLimits: false,
  propagateOnRejection: false,
  onReject: [(context: unknown, error: GraphQLError) => (context as ValidationContext).reportError(error)],
};

export type LoyaltyYoga = YogaServerInstance<object, GraphQLContext>;

const schema = createSchema<GraphQLContext>({ typeDefs, resolvers: buildResolvers() as never });

/** Introspection is for development tools; production doesn't describe itself to strangers. */
const noIntrospectionInProduction = (mode: ServerDeps['mode']): Plugin => ({
  onValidate({ addValidationRule }) {
    if (mode === 'production') addValidationRule(NoSchemaIntrospectionCustomRule);
  },
});

export function createLoyaltyServer(deps: ServerDeps, options: LoyaltyServerOptions): LoyaltyYoga {
  return createYoga<object, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    context: ({ request }) => createContext(deps, request),
    // Several widgets' queries may arrive as one HTTP request (a JSON array).
    batching: { limit: 20 },
    // No origins listed means no other origin: graphql-yoga reads an empty list as "every
    // origin", so it gets no CORS at all (a page on the API's own origin still works).
    cors: options.corsOrigins.length
      ? {
          origin: options.corsOrigins,
          methods: ['GET', 'POST', 'OPTIONS'],
          allowedHeaders: ['authorization', 'content-type', 'accept-language', 'accept'],
          credentials: false,
          maxAge: 600,
        }
      : false,
    maskedErrors: { isDev: deps.mode === 'development' },
    graphiql: deps.mode === 'development',
    landingPage: false,
    logging: process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn',
    plugins: [
      // Limits without telling an attacker what they are.
      EnvelopArmorPlugin({
        maxDepth: { n: 10, ...asValidationError },
        maxAliases: { n: 15, ...asValidationError },
        costLimit: { maxCost: 20000, ...asValidationError },
        maxDirectives: { n: 50, ...asValidationError },
        maxTokens: { n: 3000, exposeLimits: false },
        blockFieldSuggestion: { enabled: deps.mode === 'production' },
      }),
      noIntrospectionInProduction(deps.mode),
    ],
  });
}
