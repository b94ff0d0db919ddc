import { Field, ID, InputType, Int } from 'type-graphql';
import type { GovLevel, Role, UnitFunction, UnitKind } from '@gongkai/shared';
import { GovLevelEnum, RoleEnum, UnitFunctionEnum, UnitKindEnum } from '../../common/graphql/enums.js';

@InputType()
export class UnitInput {
  @Field() name: string;
  @Field(() => String, { nullable: true }) shortName?: string | null;
  @Field(() => UnitKindEnum) kind: UnitKind;
  @Field(() => UnitFunctionEnum, { nullable: true }) function?: UnitFunction | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => GovLevelEnum, { nullable: true, description: 'Only for a government at the top of the tree (province or city).' })
  level?: GovLevel | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number | null;
  @Field(() => String, { nullable: true, description: '发文字号前缀, e.g. 朝教发' }) documentPrefix?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'false deactivates (撤销) the unit; only on update' }) active?: boolean | null;
}

@InputType()
export class UserFilter {
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => String, { nullable: true }) search?: string | null;
  @Field(() => RoleEnum, { nullable: true }) role?: Role | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@InputType()
export class UpdateUserInput {
  @Field() displayName: string;
  @Field(() => ID) unitId: string;
  @Field(() => [RoleEnum]) roles: Role[];
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
}

@InputType()
export class CreateUserInput extends UpdateUserInput {
  @Field() username: string;
  @Field() password: string;
}
