import { Field, InputType } from 'type-graphql';
import type { Role } from '@gongkai/shared';
import { RoleEnum } from '../../common/graphql/enums.js';

@InputType()
export class AccountRequestInput {
  @Field() displayName: string;
  @Field() username: string;
  @Field(() => [RoleEnum]) roles: Role[];
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field() reason: string;
}
