import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyBaseLogger } from 'fastify';
import type { AppAbility, Role } from '@gongkai/shared';
import type { User } from './organisation/organisation.entities.js';
import type { AppConfig } from '../config.js';

/** One change to be appended to the audit trail when the transaction commits. */
export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Session cookie operations, provided by the HTTP layer. */
export interface CookieJar {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
  sessionToken(): string | undefined;
}

/** Everything a service needs to know about the request it serves. `ctx` is the first argument of every service method. */
export interface Ctx {
  em: EntityManager;
  user: User | null;
  /** Roles, unit and government of the user; null for the public. */
  actor: { userId: string; unitId: string; governmentId: string; roles: readonly Role[]; name: string } | null;
  ability: AppAbility;
  requestId: string;
  address: string | null;
  config: AppConfig;
  log: FastifyBaseLogger;
  cookies: CookieJar;
  /** Audit entries collected during the current transaction, written just before it commits. */
  pendingAudit?: AuditEntry[];
  /** Work to run after the transaction has committed (e.g. session cookies). */
  afterCommit?: (() => void)[];
  /** Field loads being collected for one query per list (see `batchLoad`). */
  batches?: Map<string, unknown>;
}
