import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { APPLICATION } from './application.js';
import { assertEveryOperationDeclared } from './common/graphql/permission.js';
import { assertEveryFieldDeclared } from './common/graphql/field-guards.js';

let built: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema, built once per process from the resolvers of every module. */
export function appSchema(): Promise<GraphQLSchema> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const resolvers = APPLICATION.resolvers as [Function, ...Function[]];
  built ??= buildSchema({ resolvers, validate: false, emitSchemaFile: false }).then((schema) => {
    assertEveryOperationDeclared([
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ]);
    assertEveryFieldDeclared(schema, resolvers);
    return schema;
  });
  return built;
}
