import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, Unique, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * One version of a policy parameter (政策参数): a value in force from a date, with its source.
 * History is never edited; a change is a new version with a later effective date.
 */
@ObjectType()
@Entity({ tableName: 'policy_parameter_version' })
@Unique({ properties: ['key', 'effectiveFrom'] })
export class ParameterVersion {
  [OptionalProps]?: 'value' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property()
  key!: string;

  @Property({ type: 'jsonb' })
  data!: unknown;

  @Field(() => String, { name: 'value' })
  get value(): string {
    return JSON.stringify(this.data);
  }

  @Field()
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Field()
  @Property({ type: 'text' })
  source!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  createdById?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  createdByName?: string | null;
}
