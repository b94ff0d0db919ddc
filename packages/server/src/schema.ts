import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { APPLICATION } from './application.js';
import { assertEveryOperationDeclared } from './common/graphql/permission.js';

let built: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema, built once per process from the resolvers of every module. */
export function appSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: APPLICATION.resolvers as [Function, ...Function[]], validate: false, emitSchemaFile: false }).then((schema) => {
    assertEveryOperationDeclared([
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ]);
    return schema;
  });
  return built;
}
