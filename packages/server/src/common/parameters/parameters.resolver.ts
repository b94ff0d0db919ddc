import { Arg, Ctx as GqlCtx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../context.js';
import { Can } from '../graphql/permission.js';
import { ParameterVersion } from './parameters.entities.js';
import { addParameterVersion, listParameters, versionOn } from './parameters.service.js';

@ObjectType()
class PolicyParameter {
  @Field() key: string;
  @Field() label: string;
  @Field() unit: string;
  @Field(() => ParameterVersion, { nullable: true }) current: ParameterVersion | null;
  @Field(() => [ParameterVersion]) versions: ParameterVersion[];
}

@InputType()
class ParameterVersionInput {
  @Field() key: string;
  @Field({ description: 'JSON text of the value, e.g. 30 or {"REPORT":15,"COMPLAINT":15,"SUGGESTION":15}' }) value: string;
  @Field({ description: 'YYYY-MM-DD' }) effectiveFrom: string;
  @Field() source: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@Resolver()
export class ParametersResolver {
  @Can('read', 'PolicyParameter')
  @Query(() => [PolicyParameter])
  policyParameters(@GqlCtx() ctx: Ctx) {
    return listParameters(ctx);
  }

  @Can('read', 'PolicyParameter')
  @Query(() => ParameterVersion)
  parameterValue(@GqlCtx() ctx: Ctx, @Arg('key') key: string, @Arg('date') date: string) {
    return versionOn(ctx, key, date);
  }

  @Can('create', 'PolicyParameter')
  @Mutation(() => ParameterVersion)
  addParameterVersion(@GqlCtx() ctx: Ctx, @Arg('input', () => ParameterVersionInput) input: ParameterVersionInput) {
    return addParameterVersion(ctx, input);
  }
}
