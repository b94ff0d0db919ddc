import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { AccountRequestState, Role } from '@gongkai/shared';
import { AccountRequestStateEnum } from './accounts.enums.js';
import { RoleEnum } from '../../common/graphql/enums.js';
import { Unit, User } from '../../common/organisation/organisation.entities.js';

/** A unit asks the administrator to open an account for one of its staff (账号申请). */
@ObjectType()
@Entity({ tableName: 'account_request' })
export class AccountRequest {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' })
  unit!: Ref<Unit>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  requester!: Ref<User>;

  @Field()
  @Property()
  requesterName!: string;

  @Field()
  @Property()
  displayName!: string;

  @Field()
  @Property()
  username!: string;

  @Field(() => [RoleEnum])
  @Property({ type: 'text[]' })
  roles: Role[] = [];

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  phone?: string | null;

  @Field()
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => AccountRequestStateEnum)
  @Index()
  @Enum({ items: () => Object.values(AccountRequestStateEnum) })
  state: AccountRequestState = 'DRAFT';

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  returnReason?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  createdUserId?: string | null;

  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  dueAt?: Date | null;

  @Field(() => ID)
  get unitId(): string {
    return this.unit.id;
  }
}
