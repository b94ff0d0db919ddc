import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { RESOLVERS } from './registry.js';
import { assertEveryOperationDeclared } from './common/graphql/permission.js';
import { assertEveryFieldDeclared } from './common/graphql/field-guards.js';

let built: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema, built once per process from the resolvers of every module. */
export function appSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, validate: false, emitSchemaFile: false }).then((schema) => {
    assertEveryOperationDeclared([
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ]);
    assertEveryFieldDeclared(schema, RESOLVERS);
    return schema;
  });
  return built;
}
