// The raw-SQL floor of `pnpm bench:baseline`, in a process of its own (see README.md beside this
// file): for each case, the very statements the app ran for one such request (recorded from its
// ORM), sent one after the other through a pg.Pool as named (prepared) statements, the rows
// returned as JSON. No GraphQL, no session, no ORM: what the same SQL costs with HTTP around it.
// The parent sends { cases: { name: [sql or { text, values }, …] } } over IPC, then gets { port }.
import { createServer } from 'node:http';
import pg from 'pg';

const { DATABASE_URL, DB_POOL_MAX } = process.env;
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: Number(DB_POOL_MAX) });
pool.on('error', () => {}); // an idle connection lost when the database stops at the end

process.once('message', ({ cases }) => {
  const statements = new Map(
    Object.entries(cases).map(([name, list]) => [
      `/${name}`,
      list.map((s, i) => ({ name: `${name}.${i}`, ...(typeof s === 'string' ? { text: s } : s) })),
    ]),
  );
  const server = createServer((req, res) => {
    const list = statements.get(req.url);
    req.resume();
    req.on('end', async () => {
      if (!list) {
        res.writeHead(404).end();
        return;
      }
      try {
        const results = [];
        for (const s of list) results.push((await pool.query(s)).rows);
        const body = JSON.stringify({ data: results });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      } catch (e) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
      }
    });
  });
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  const stop = () => {
    server.close();
    void pool.end().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
});
process.on('SIGINT', () => {}); // the parent stops us
