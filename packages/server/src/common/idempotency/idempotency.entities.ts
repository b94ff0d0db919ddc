import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A creation made under an idempotency key: who asked (the signed-in user), for which operation,
 * with which key and payload, and the id of what was created. Written in the creation's own
 * transaction, so the record exists exactly when the creation does.
 */
@Entity({ tableName: 'idempotency_record' })
@Unique({ name: 'idempotency_record_user_operation_key_unique', properties: ['userId', 'operation', 'key'] })
@Index({ name: 'idempotency_record_created_at_index', properties: ['createdAt'] })
export class IdempotencyRecord {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ length: 100 })
  operation!: string;

  @Property({ length: 100 })
  key!: string;

  /** SHA-256 of the request's arguments (the key aside), to refuse the same key with another payload. */
  @Property({ length: 64 })
  payloadHash!: string;

  /** The id of the record the first request created (or changed) and answered with. */
  @Property({ type: 'uuid' })
  resultId!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
