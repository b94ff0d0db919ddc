import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { Role } from '@gongkai/shared';
import { installedModules } from '../modules.js';
import { now } from '../clock.js';

/**
 * A to-do item (待办). Addressed either to one user or to a role within a unit (every holder of
 * the role in that unit sees it; the first to act closes it for all).
 */
@ObjectType()
@Entity({ tableName: 'todo' })
@Index({ properties: ['subjectType', 'subjectId'] })
@Index({ properties: ['assigneeRole', 'assigneeUnitId'] })
export class Todo {
  [OptionalProps]?: 'overdue' | 'kindLabel' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property()
  kind!: string;

  @Field()
  @Property()
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  link?: string | null;

  @Field()
  @Property()
  subjectType!: string;

  @Field()
  @Property()
  subjectId!: string;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  assigneeUserId?: string | null;

  @Property({ type: 'text', nullable: true })
  assigneeRole?: Role | null;

  @Property({ type: 'uuid', nullable: true })
  assigneeUnitId?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  dueAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  doneAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  doneById?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = now();

  @Field({ description: 'What kind of work it is, in words' })
  get kindLabel(): string {
    return installedModules().todoKinds[this.kind] ?? this.kind;
  }

  @Field()
  get overdue(): boolean {
    return !this.doneAt && !!this.dueAt && this.dueAt.getTime() < now().getTime();
  }
}

/** An in-app notification for one user. E-mail delivery is optional and marked per row. */
@ObjectType()
@Entity({ tableName: 'notification' })
export class Notification {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  userId!: string;

  @Field()
  @Property()
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  link?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null;

  /** null: in-app only; PENDING: to be e-mailed by a mailer when one is configured; SENT. */
  @Property({ nullable: true })
  emailStatus?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = now();
}
