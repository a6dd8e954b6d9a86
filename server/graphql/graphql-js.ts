/**
 * graphql-js, from the one copy Apollo uses. graphql 16 ships CommonJS
 * (index.js, "main") and ESM (index.mjs, "module"); Node resolves Apollo's
 * `import 'graphql'` to the CommonJS copy, while bundler-style resolvers
 * (vitest, vite) pick the ESM one for our sources. Two copies break
 * graphql-js's instanceof checks (GraphQLError codes become internal errors),
 * so every API module imports graphql through this file.
 */
export * from 'graphql/index.js';
