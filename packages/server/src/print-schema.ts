// Print the schema to packages/server/schema.graphql, which both SPAs generate their types from.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printSchema } from 'graphql';
import { appSchema } from './schema.js';
import { REPO_ROOT } from './config.js';

export const SCHEMA_FILE = path.join(REPO_ROOT, 'packages/server/schema.graphql');

export async function printedSchema() {
  return `${printSchema(await appSchema())}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  await writeFile(SCHEMA_FILE, await printedSchema());
  console.log(`schema written to ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}
