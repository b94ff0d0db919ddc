import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * One record of the audit trail. Append-only: the database refuses UPDATE and DELETE on this
 * table. Each record holds the hash of the previous one of its chain (hash chains, see writeAudit),
 * so that any change to history is detected by `verifyAuditChain`.
 */
@ObjectType()
@Entity({ tableName: 'audit_record' })
@Index({ properties: ['subjectType', 'subjectId'] })
export class AuditRecord {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seqKey!: string;

  @Field(() => ID)
  get id(): string {
    return String(this.seqKey);
  }

  @Field(() => Int)
  get seq(): number {
    return Number(this.seqKey);
  }

  @Field(() => Date)
  @Index()
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => ID, { nullable: true })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  actorName?: string | null;

  @Field()
  @Index()
  @Property()
  action!: string;

  @Field()
  @Property()
  subjectType!: string;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  subjectId?: string | null;

  @Property({ type: 'jsonb', nullable: true })
  beforeData?: unknown;

  @Property({ type: 'jsonb', nullable: true })
  afterData?: unknown;

  @Field(() => String, { nullable: true })
  get before(): string | null {
    return this.beforeData == null ? null : JSON.stringify(this.beforeData);
  }

  @Field(() => String, { nullable: true })
  get after(): string | null {
    return this.afterData == null ? null : JSON.stringify(this.afterData);
  }

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  requestId?: string | null;

  /** The address the request came from: shown only to those who may read the audit trail (the resolver decides). */
  @Property({ nullable: true })
  address?: string | null;

  /** The chain the record was appended to (see writeAudit); `prevHash` is its predecessor's in that chain. */
  @Property({ type: 'smallint', default: 0 })
  chain: number = 0;

  @Property()
  prevHash!: string;

  @Field()
  @Property()
  hash!: string;
}
