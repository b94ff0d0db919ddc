import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { RESOLVERS } from './registry.js';
import { denyUndeclared } from './common/graphql/permission.js';
import { validateIds } from './common/graphql/validate-ids.js';

let built: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema, built once per process from the resolvers of every module. */
export function appSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    validate: false,
    emitSchemaFile: false,
    globalMiddlewares: [denyUndeclared, validateIds],
  });
  return built;
}
