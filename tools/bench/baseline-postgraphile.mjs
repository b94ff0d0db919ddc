// The PostGraphile side of `pnpm bench:baseline`, in a process of its own (see README.md beside this
// file): PostGraphile with its Amber preset over the `bench_pg` schema, in production mode (no
// GraphiQL, no schema watching, no explain), served by grafserv on Node's own HTTP server.
// Started by baseline.run.ts with the database's address; tells it the port over IPC.
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

const { DATABASE_URL, DB_POOL_MAX, BENCH_PG_SCHEMA, BENCH_PRINT_SCHEMA } = process.env;

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: DATABASE_URL, schemas: [BENCH_PG_SCHEMA], poolConfig: { max: Number(DB_POOL_MAX) } })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false, maxRequestLength: 1024 * 1024 },
  grafast: { explain: false },
};

// Statements sent, counted for the table (asked for over IPC outside the measured rounds): the
// adaptor's pool uses this copy of pg.
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (...args) {
  statements++;
  return query.apply(this, args);
};
process.on('message', (m) => m === 'statements' && process.send({ statements }));

const pgl = postgraphile(preset);
if (BENCH_PRINT_SCHEMA) writeFileSync(BENCH_PRINT_SCHEMA, printSchema(await pgl.getSchema()));
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server);
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));

const stop = async () => {
  server.close();
  await pgl.release(); // releases the server's handler too
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => {}); // the parent stops us
process.on('disconnect', () => void stop());
