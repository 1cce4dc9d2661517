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
    // Decided per request: a listed origin (or any, with `*`) gets CORS headers for itself, any
    // other none at all. graphql-yoga's own list handling would answer every origin for an empty
    // list and "null" to a stranger when two or more are listed, which a sandboxed page's
    // `Origin: null` matches. A page on the API's own origin needs no CORS.
    cors: (request) => {
      const origin = request.headers.get('origin');
      const allowed = origin !== null && origin !== 'null' && (options.corsOrigins.includes('*') || options.corsOrigins.includes(origin));
      // `*` here echoes the request's (allowed) origin, with `Vary: Origin` for caches.
      return allowed
        ? { origin: ['*'], methods: ['GET', 'POST', 'OPTIONS'], allowedHeaders: ['authorization', 'content-type', 'accept-language', 'accept'], credentials: false, maxAge: 600 }
        : false;
    },
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
