import { randomUUID } from 'node:crypto';
import { Entity, Enum, Formula, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { GovLevel, Role, UnitFunction, UnitKind } from '@gongkai/shared';
import { GovLevelEnum, RoleEnum, UnitFunctionEnum, UnitKindEnum } from '../graphql/enums.js';

/** A unit (单位) in the tree: governments, their departments, sections and outside bodies. */
@ObjectType()
@Entity({ tableName: 'unit' })
export class Unit {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property()
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  shortName?: string | null;

  @Field(() => UnitKindEnum)
  @Enum({ items: () => Object.values(UnitKindEnum) })
  kind!: UnitKind;

  @Field(() => GovLevelEnum)
  @Enum({ items: () => Object.values(GovLevelEnum) })
  level!: GovLevel;

  @Field(() => UnitFunctionEnum, { nullable: true })
  @Enum({ items: () => Object.values(UnitFunctionEnum), nullable: true })
  function?: UnitFunction | null;

  @Index()
  @ManyToOne(() => Unit, { nullable: true, ref: true, deleteRule: 'restrict' })
  parent?: Ref<Unit> | null;

  /** The government whose level this unit belongs to (itself for a government). */
  @Index()
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' })
  government!: Ref<Unit>;

  /** Prefix of the document numbers this unit issues (发文字号), e.g. 朝政发, 朝教发. */
  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  documentPrefix?: string | null;

  @Field(() => Int)
  @Property({ default: 0 })
  sortOrder: number = 0;

  @Field()
  @Property({ default: true })
  active: boolean = true;

  @Field(() => Int)
  @Property({ version: true })
  version!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => ID, { nullable: true })
  get parentId(): string | null {
    return this.parent?.id ?? null;
  }

  @Field(() => ID)
  get governmentId(): string {
    return this.government.id;
  }
}

/** A staff account. Belongs to one unit; may hold several roles. */
@ObjectType()
@Entity({ tableName: 'app_user' })
export class User {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ unique: true })
  username!: string;

  @Field()
  @Property()
  displayName!: string;

  @Index()
  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' })
  unit!: Ref<Unit>;

  /** The government whose level the user's unit belongs to: what rules reading accounts by level refer to. */
  @Formula((t) => `(select g.government_id from unit g where g.id = ${t.alias}.unit_id)`)
  governmentId?: string;

  @Field(() => [RoleEnum])
  @Property({ type: 'text[]' })
  roles: Role[] = [];

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  email?: string | null;

  @Property({ hidden: true })
  passwordHash!: string;

  @Field()
  @Property({ default: true })
  active: boolean = true;

  @Property({ default: 0 })
  failedLogins: number = 0;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ version: true })
  version!: number;

  @Field(() => ID)
  get unitId(): string {
    return this.unit.id;
  }
}
