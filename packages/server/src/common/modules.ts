// What a work system brings to the application, declared in its `<module>.module.ts`. The kernel
// receives the list (from `modules/index.ts`, through the application's entry points) and never
// imports a module itself.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config.js';
import type { Ctx } from './context.js';
import type { AppError } from './errors.js';
import type { SearchSource } from './search/source.js';

/**
 * A record that may own files, with how to check the user's access: `read` to download, `attach`
 * to upload (each loads the record and refuses what the user may not do).
 */
export interface AttachmentOwner {
  read: (ctx: Ctx, id: string) => Promise<unknown>;
  attach: (ctx: Ctx, id: string) => Promise<unknown>;
}

export type ContextFor = (req: FastifyRequest, reply: FastifyReply) => Promise<Ctx>;

export interface ModuleManifest {
  /** The folder's name, e.g. `documents`. */
  name: string;
  /** MikroORM entities (also the GraphQL object types where they are one). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: Function[];
  /** type-graphql resolver classes. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers?: Function[];
  /** GraphQL enums the module registers (by importing them, registration happens). */
  enums?: Record<string, object>;
  /** Plain HTTP routes (downloads, printable documents). */
  routes?: (app: FastifyInstance, contextFor: ContextFor) => void;
  /** Records of the module that may own files, by subject type. */
  attachmentOwners?: Record<string, AttachmentOwner>;
  /** Unique constraints whose violation is a user's mistake, by constraint name, with the refusal to give. */
  uniqueRefusals?: Record<string, () => AppError>;
  /** To-do kinds the module opens, with their labels. */
  todoKinds?: Record<string, string>;
  /**
   * Work the module does on the one clock, without a user: run by the server at start and then every
   * `everyHours`. A job must be safe when two server processes run it at once (each step takes its
   * object's lock and version, so one of them does it and the other finds nothing left).
   */
  jobs?: ModuleJob[];
  /** Kinds of item the module gives the search (common/search): public ones on the portal, staff ones in its lists. */
  searchSources?: SearchSource[];
  /** Demo data, run once on the first start in the order of `modules/index.ts`. */
  seed?: (em: EntityManager, config: AppConfig) => Promise<void>;
}

export interface ModuleJob {
  name: string;
  everyHours: number;
  /** Returns how many objects it changed, for the log. */
  run: (em: EntityManager, config: AppConfig) => Promise<number>;
}

/** The lists the kernel works with, gathered from every manifest. */
export interface InstalledModules {
  modules: readonly ModuleManifest[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  attachmentOwners: ReadonlyMap<string, AttachmentOwner>;
  uniqueRefusals: ReadonlyMap<string, () => AppError>;
  todoKinds: Readonly<Record<string, string>>;
  jobs: readonly ModuleJob[];
  searchSources: readonly SearchSource[];
}

let installed: InstalledModules | null = null;

function gather<V>(modules: readonly ModuleManifest[], what: string, pick: (m: ModuleManifest) => Record<string, V> | undefined): Map<string, V> {
  const out = new Map<string, V>();
  for (const m of modules) {
    for (const [key, value] of Object.entries(pick(m) ?? {})) {
      if (out.has(key)) throw new Error(`${what} "${key}" is declared by two modules (the second: ${m.name})`);
      out.set(key, value);
    }
  }
  return out;
}

/**
 * Install the modules, with the kernel's own parts first. Called once per process by the entry
 * points (server, tests, tools); calling it again with the same list returns the same result.
 */
export function installModules(modules: readonly ModuleManifest[]): InstalledModules {
  if (installed) {
    if (installed.modules !== modules) throw new Error("the application's modules were installed twice with different lists");
    return installed;
  }
  const names = new Set<string>();
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`module ${m.name} is listed twice`);
    names.add(m.name);
  }
  installed = {
    modules,
    entities: modules.flatMap((m) => m.entities ?? []),
    resolvers: modules.flatMap((m) => m.resolvers ?? []),
    attachmentOwners: gather(modules, 'attachment owner', (m) => m.attachmentOwners),
    uniqueRefusals: gather(modules, 'unique constraint', (m) => m.uniqueRefusals),
    todoKinds: Object.fromEntries(gather(modules, 'to-do kind', (m) => m.todoKinds)),
    jobs: modules.flatMap((m) => m.jobs ?? []),
    searchSources: modules.flatMap((m) => m.searchSources ?? []),
  };
  const kinds = new Set<string>();
  for (const source of installed.searchSources) {
    if (kinds.has(source.kind)) throw new Error(`search kind "${source.kind}" is declared twice`);
    kinds.add(source.kind);
  }
  return installed;
}

/** The installed lists; refuses before installation, so a missing entry point fails loudly. */
export function installedModules(): InstalledModules {
  if (!installed) throw new Error('no modules installed: import the application (src/application.ts) first');
  return installed;
}
