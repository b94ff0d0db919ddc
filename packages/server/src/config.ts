import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../../..');

export interface AppConfig {
  port: number;
  host: string;
  production: boolean;
  /** Where the embedded database, uploaded files and other state live. */
  dataDir: string;
  databaseUrl?: string;
  sessionTtlHours: number;
  /** Cookies only over HTTPS: on by default in production (COOKIE_SECURE=false turns it off behind a plain-HTTP test proxy). */
  cookieSecure: boolean;
  /** The demo city on an empty database: always outside production, in production only with SEED_DEMO=true. */
  seedDemo: boolean;
  /** The first administrator's password on an empty production database (ADMIN_INITIAL_PASSWORD); without it a one-time setup token is printed. */
  adminInitialPassword?: string;
  /** Origins besides the server's own from which the browser may post files (ALLOWED_ORIGINS, comma-separated). */
  allowedOrigins: string[];
  /** Anonymous GraphQL queries and file downloads per address and minute (PUBLIC_READS_PER_MINUTE). */
  publicReadsPerMinute: number;
  /** Anonymous GraphQL mutations (public forms) per address in 10 minutes (PUBLIC_FORMS_PER_10_MINUTES). */
  publicFormsPerTenMinutes: number;
  /** Reports, complaints and suggestions the portal takes from one address in 10 minutes (CASES_PER_10_MINUTES). */
  casesPerTenMinutes: number;
  maxUploadBytes: number;
  /** The largest export file an import takes (MAX_IMPORT_MB, 200). */
  maxImportBytes: number;
  adminDist: string;
  portalDist: string;
  logLevel: string;
  /**
   * Days the work's clock runs ahead of the wall clock (CLOCK_OFFSET_DAYS), to show or test what
   * happens after a window closes without waiting for it; refused in production.
   */
  clockOffsetDays: number;
  /**
   * The audit trail's chains (AUDIT_CHAINS, 8): writes append to one of them at random, so that
   * concurrent writes do not all wait for one lock; each chain is hash-linked, and an hourly anchor
   * record names every chain's head.
   */
  auditChains: number;
}

function clockOffset(env: NodeJS.ProcessEnv): number {
  const raw = env.CLOCK_OFFSET_DAYS?.trim();
  if (!raw) return 0;
  const days = Number(raw);
  if (!Number.isInteger(days) || Math.abs(days) > 3660) throw new Error(`CLOCK_OFFSET_DAYS must be a whole number of days, got "${raw}"`);
  if (days !== 0 && env.NODE_ENV === 'production') throw new Error('CLOCK_OFFSET_DAYS is for tests and demonstrations only, never in production');
  return days;
}

function positive(raw: string | undefined, fallback: number): number {
  if (!raw?.trim()) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a whole number above 0, got "${raw}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(REPO_ROOT, '.data'));
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    production: env.NODE_ENV === 'production',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 8),
    cookieSecure: env.NODE_ENV === 'production' ? env.COOKIE_SECURE !== 'false' : env.COOKIE_SECURE === 'true',
    seedDemo: env.NODE_ENV !== 'production' || env.SEED_DEMO === 'true',
    adminInitialPassword: env.ADMIN_INITIAL_PASSWORD || undefined,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    maxUploadBytes: Number(env.MAX_UPLOAD_MB ?? 20) * 1024 * 1024,
    maxImportBytes: Number(env.MAX_IMPORT_MB ?? 200) * 1024 * 1024,
    adminDist: path.join(REPO_ROOT, 'packages/admin/dist'),
    portalDist: path.join(REPO_ROOT, 'packages/portal/dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
    publicReadsPerMinute: positive(env.PUBLIC_READS_PER_MINUTE, 300),
    publicFormsPerTenMinutes: positive(env.PUBLIC_FORMS_PER_10_MINUTES, 60),
    casesPerTenMinutes: positive(env.CASES_PER_10_MINUTES, 5),
    clockOffsetDays: clockOffset(env),
    auditChains: Math.min(positive(env.AUDIT_CHAINS, 8), 64),
  };
}
