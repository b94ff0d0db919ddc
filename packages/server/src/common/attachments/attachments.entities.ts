import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A stored file: content on disk under its SHA-256, metadata here, linked to the record that owns it. */
@ObjectType()
@Entity({ tableName: 'attachment' })
@Index({ properties: ['ownerType', 'ownerId'] })
export class Attachment {
  [OptionalProps]?: 'url' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property()
  ownerType!: string;

  @Property({ type: 'uuid' })
  ownerId!: string;

  @Field()
  @Property()
  fileName!: string;

  @Field()
  @Property()
  mimeType!: string;

  @Field(() => Int)
  @Property()
  size!: number;

  @Field()
  @Property()
  sha256!: string;

  /** Who uploaded it; null for a citizen's file (sent with the case's codes). */
  @Property({ type: 'uuid', nullable: true })
  uploaderId?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  get url(): string {
    return `/files/${this.id}`;
  }
}
