/** The Apollo server over a store: schema, resolvers, limits and error formatting. */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApiContext } from './context.ts';
import { cacheablePlugin } from './cacheable-plugin.ts';
import { formatError } from './errors.ts';
import { LIMITS } from './limits.ts';
import { limitsPlugin } from './limits-plugin.ts';
import { resolvers } from './resolvers/index.ts';
import { executableSchema } from './schema.ts';
import { executingGateway } from './executor.ts';

export function createApolloServer(plugins: ConstructorParameters<typeof ApolloServer<ApiContext>>[0]['plugins'] = []): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    // The schema comes through a fixed "gateway" only so that Apollo runs our executor (executor.ts).
    gateway: executingGateway(executableSchema(resolvers)),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    // Apollo's landing page loads from its CDN; the offline GraphiQL at /graphiql replaces it.
    plugins: [
      limitsPlugin<ApiContext>(),
      cacheablePlugin(),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs cache-control hints by default; no type declares @cacheControl, and its
      // willResolveField hook wraps every field resolver (≈ 5% of CPU on big answers). Our own
      // response cache (server/http/response-cache.ts) replays whole answers instead.
      ApolloServerPluginCacheControlDisabled(),
      ...(plugins ?? []),
    ],
    // Mutations need a bearer token, not a cookie, so cross-site forgery gains nothing;
    // keeping GET queries simple lets curl, notebooks and the graphql-http audit use them.
    csrfPrevention: false,
  });
}
