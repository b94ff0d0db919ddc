// The embedded database starts wherever the project is checked out: run by root from a folder
// closed to the database's own account (a checkout in root's 0700 home), it runs from reachable
// copies and keeps its data between starts.
import { chmod, cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { packagedBinaries, reachableBy, runningEmbeddedPostgres, startEmbeddedPostgres } from '../../packages/server/src/common/db/embedded.js';

const folders: string[] = [];
afterAll(async () => {
  for (const f of folders) await rm(f, { recursive: true, force: true });
});

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('starts from a project folder closed to other accounts, and keeps its data across restarts', async () => {
    const closed = await mkdtemp(path.join(os.tmpdir(), 'gongkai-closed-'));
    const runtimeDir = await mkdtemp(path.join(os.tmpdir(), 'gongkai-runtime-'));
    folders.push(closed, runtimeDir);
    await chmod(closed, 0o700);
    // the project's own copy of the binaries, inside the closed folder
    const binaries = path.join(closed, 'project', 'native');
    await cp(packagedBinaries().root, binaries, { recursive: true, verbatimSymlinks: true });
    const dir = path.join(closed, 'project', '.data', 'pg');

    const first = await startEmbeddedPostgres({ dir, persistent: true, runtimeDir, binaries });
    try {
      await first.createDatabase('kept');
      await query(first.urlFor('kept'), "create table t (v text); insert into t values ('公开')");
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedPostgres({ dir, persistent: true, runtimeDir, binaries });
    try {
      expect(second.dataDir).toBe(first.dataDir);
      expect(await query(second.urlFor('kept'), 'select v from t')).toEqual([{ v: '公开' }]);
      // found from the data folder while it runs, wherever its data really lie (as `pnpm backup` finds it)
      const running = await runningEmbeddedPostgres(dir, runtimeDir);
      expect(running?.parentPid).toBe(process.pid);
      expect(await query(running!.urlFor('kept'), 'select v from t')).toEqual([{ v: '公开' }]);
    } finally {
      await second.stop();
    }
    expect(await runningEmbeddedPostgres(dir, runtimeDir)).toBeNull();

    if (process.getuid?.() === 0) {
      // root runs the database as "postgres", who cannot enter the closed folder: data and binaries moved
      expect(first.dataDir.startsWith(runtimeDir + path.sep)).toBe(true);
    } else {
      expect(first.dataDir).toBe(dir);
    }
  });

  it('tells a folder that another account may not pass through', async () => {
    const closed = await mkdtemp(path.join(os.tmpdir(), 'gongkai-closed-'));
    folders.push(closed);
    await chmod(closed, 0o700);
    const stranger = { uid: 54321, gid: 54321 };
    expect(await reachableBy(stranger, path.join(closed, 'a', 'b'))).toBe(false);
    await chmod(closed, 0o711);
    expect(await reachableBy(stranger, path.join(closed, 'a'))).toBe(true);
  });
});
