// Helpers of the backup and restore suites: fresh databases, the command line run in-process,
// uploads through the real HTTP stack.
import { randomBytes } from 'node:crypto';
import type { Suite } from './suite.js';
import pg from 'pg';
import { inject } from 'vitest';
import { runCli } from '../../packages/server/src/backup-cli.js';
import { openOrm, ormOptions } from '../../packages/server/src/common/db/orm.js';

/** A new, empty database on the test server (dropped with the others at the end of the run). */
export async function freshDatabase(): Promise<string> {
  const serverUrl = inject('serverUrl');
  const db = `${inject('templateDb').replace('gk_tpl_', 'gk_r_')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${db}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${db}`;
  return url.toString();
}

/** An ORM on a database, its migrator quiet. */
export const quietOrm = (url: string) => openOrm(url, { debug: false, migrations: { ...ormOptions(url).migrations, silent: true } });

export type CliEnv = { DATABASE_URL: string; DATA_DIR: string };

/** The command line of `pnpm backup` / `pnpm restore`, run in this process with the server's environment, called from `callerDir`. */
export async function cli(args: string[], env: CliEnv, callerDir: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    env: { ...process.env, ...env, INIT_CWD: callerDir },
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

/** Upload a file for a consultation topic through POST /files; answers what the server answered. */
export async function uploadTopicFile(
  app: Pick<Suite['app'], 'inject'>,
  cookie: string,
  ownerId: string,
  fileName: string,
  mimeType: string,
  content: string,
) {
  const boundary = '----gkbackup';
  const body =
    `--${boundary}\r\nContent-Disposition: form-data; name="ownerType"\r\n\r\nConsultationTopic\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="ownerId"\r\n\r\n${ownerId}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${mimeType}\r\n\r\n${content}\r\n--${boundary}--\r\n`;
  const res = await app.inject({
    method: 'POST',
    url: '/files',
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
  return { status: res.statusCode, body: res.json() as { id: string; sha256: string; url: string } };
}
