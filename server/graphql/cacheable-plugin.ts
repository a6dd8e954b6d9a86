/**
 * Marks answers the HTTP response cache may replay: a query operation (not a
 * mutation or subscription) answered completely with no errors.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from './context.ts';

export function cacheablePlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue }) {
          contextValue.answer.cacheable =
            operation?.operation === 'query' && response.body.kind === 'single' && response.body.singleResult.errors === undefined;
        },
      };
    },
  };
}
