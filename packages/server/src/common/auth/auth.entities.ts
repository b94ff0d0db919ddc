import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { User } from '../organisation/organisation.entities.js';

/** A server-side session. The cookie holds a random token; only its SHA-256 is stored. */
@Entity({ tableName: 'session' })
export class Session {
  [OptionalProps]?: 'createdAt' | 'revokedAt' | 'address';

  @PrimaryKey({ type: 'text' })
  tokenHash!: string;

  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ nullable: true })
  address?: string | null;
}

/** Every login attempt, for lockout and per-address throttling shared by all server processes. */
@Entity({ tableName: 'login_attempt' })
@Index({ properties: ['address', 'at'] })
@Index({ properties: ['username', 'at'] })
export class LoginAttempt {
  [OptionalProps]?: 'id' | 'at' | 'address' | 'cleared';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property()
  username!: string;

  @Property({ nullable: true })
  address?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();

  @Property()
  success!: boolean;

  /** A failure an administrator has cleared (unlocking the account) or a later success from the same address has answered. */
  @Property({ default: false })
  cleared: boolean = false;
}
