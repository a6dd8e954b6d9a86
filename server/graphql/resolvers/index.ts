/** The resolver map handed to Apollo. */
import { JSONScalar } from '../scalars.ts';
import { entityResolvers } from './entities.ts';
import { mutationResolvers } from './mutation.ts';
import { placeQueries, placeResolvers } from './places.ts';
import { queryResolvers } from './query.ts';
import { recordResolvers } from './records.ts';

export const resolvers = {
  JSON: JSONScalar,
  Query: { ...queryResolvers, ...placeQueries },
  Mutation: mutationResolvers,
  ...entityResolvers,
  ...recordResolvers,
  ...placeResolvers,
};
