// Inputs for every query and mutation of the schema, derived from its argument types: valid-shaped
// values, boundary values of the right type, and wrong ones. Values come from fast-check with a
// fixed seed per operation, so a run is reproducible; ids and versions are placeholders resolved
// against the records the run has seen so far (see IdPool).
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isInterfaceType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

export type Mode = 'valid' | 'boundary' | 'wrong';

/** An id to take from the records seen so far: the n-th of those whose type fits `hint`. */
export class IdPick {
  constructor(
    readonly n: number,
    readonly hint: string,
    readonly upper = false,
  ) {}
}
/** The version last seen of the record the sibling `id` argument names, or `fallback`. */
export class VersionPick {
  constructor(readonly fallback: number) {}
}
/** A text too large to write out in a report: `char` repeated `length` times. */
export class Repeat {
  constructor(
    readonly char: string,
    readonly length: number,
  ) {}
}
/** A JSON value nested `depth` levels deep (arrays or objects). */
export class Deep {
  constructor(
    readonly depth: number,
    readonly kind: 'array' | 'object',
  ) {}
}

// ——— leaves ———

const UUID_NIL = '00000000-0000-0000-0000-000000000000';
const UUID_MAX = 'ffffffff-ffff-ffff-ffff-ffffffffffff';
const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);

const words = ['关于', '通知', '教育', '学区', '调整', '方案', '意见', '会议', '测试', '市民', '公开', '政策', '解读', '一', 'A', 'b', '1'];
const plainText = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((w) => w.join(''));
const day = (offset: number) => new Date(Date.UTC(2026, 11, 7) + offset * 86_400_000).toISOString().slice(0, 10);

/** Texts of the right type that test a limit: empty, blank, long, huge, odd characters, odd dates. */
const BOUNDARY_STRINGS: fc.Arbitrary<unknown>[] = [
  fc.constantFrom('', ' ', '\t\n', '\u3000'),
  fc.constantFrom(new Repeat('a', 256), new Repeat('中', 1001), new Repeat('x', 10_001), new Repeat('长', 100_000), new Repeat('x', 1_000_000)),
  fc.constantFrom('a\u0000b', '\u0000', '\ud800', 'x\udfffy', '😀'.repeat(10), '\u202e反向', 'e\u0301', '\ufeff'),
  fc.constantFrom('%', '_', '\\', "'", '"', "'; --", '<b>粗</b>', '${x}', '{{x}}', '../../x', 'NULL', 'null', 'undefined'),
  fc.constantFrom('2026-02-30', '2026-13-01', '0000-00-00', '0001-01-01', '9999-12-31', '10000-01-01', '275760-09-13', '-0001-01-01'),
  fc.constantFrom('2026-1-1', '2026/12/24', '20261224', '2026-12-24T25:00', 'infinity', '-infinity', 'epoch', 'now', 'today', 'allballs'),
  fc.constantFrom('24:00', '23:59:60', '9:00', '99:99', '09:00:00.000000001', '-1'),
  fc.constantFrom('2147483648', '-2147483649', 'NaN', 'Infinity', '1e309', '0x10', '1.5', '9'.repeat(40)),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
];

const WRONG_SCALARS = fc.constantFrom<unknown>(
  null,
  true,
  0,
  -1,
  1.5,
  INT_MAX + 1,
  INT_MIN - 1,
  'NaN',
  '1',
  '',
  [],
  [1, 2],
  {},
  { a: 1 },
  new Deep(2000, 'object'),
  new Deep(2000, 'array'),
);

function stringArb(name: string, mode: Mode): fc.Arbitrary<unknown> {
  const n = name.toLowerCase();
  let valid: fc.Arbitrary<unknown>;
  if (/date|on$|start$|end$|from$|^to$/.test(n)) valid = fc.integer({ min: -40, max: 400 }).map(day);
  else if (/time/.test(n)) valid = fc.constantFrom('09:00', '14:30', '08:00');
  else if (/phone|contact/.test(n)) valid = fc.constantFrom('13800138000', '010-12345678', '13912345678');
  else if (/email/.test(n)) valid = fc.constantFrom('fuzz@example.cn', 'a.b@c.cn');
  else if (/idempotencykey/.test(n)) valid = fc.stringMatching(/^[A-Za-z0-9_-]{8,24}$/);
  else if (/password/.test(n)) valid = fc.constantFrom('Fuzz-Passw0rd-2026', 'short', 'abcdefghijkl');
  else if (/username/.test(n)) valid = fc.constantFrom('fuzz.user', 'jiaoyu.nobody', 'someone');
  else if (/url|link/.test(n)) valid = fc.constantFrom('https://example.cn/a', 'http://x', 'ftp://x', 'javascript:alert(1)');
  else if (/ownertype/.test(n)) valid = fc.constantFrom('PolicyDocument', 'ConsultationTopic', 'Interpretation', 'Unit', 'x');
  else if (/^key$|parentkey/.test(n)) valid = fc.constantFrom('1', '1.1', '1.2', '2', 'a');
  else if (/^value$/.test(n)) valid = fc.constantFrom('10', '0', '-1', '15', 'x', '{"a":1}');
  else if (/code/.test(n)) valid = fc.stringMatching(/^[A-Z0-9]{4,12}$/);
  else if (/number/.test(n)) valid = fc.constantFrom('朝教发〔2026〕1号', '〔2026〕', '1');
  else valid = plainText;
  if (mode === 'valid') return valid;
  if (mode === 'boundary') return fc.oneof({ arbitrary: valid, weight: 2 }, { arbitrary: fc.oneof(...BOUNDARY_STRINGS), weight: 3 });
  return fc.oneof({ arbitrary: valid, weight: 2 }, { arbitrary: fc.oneof(...BOUNDARY_STRINGS), weight: 1 }, { arbitrary: WRONG_SCALARS, weight: 2 });
}

function intArb(name: string, mode: Mode): fc.Arbitrary<unknown> {
  const n = name.toLowerCase();
  let valid: fc.Arbitrary<unknown>;
  if (n === 'version') valid = fc.integer({ min: 1, max: 3 }).map((v) => new VersionPick(v));
  else if (/year/.test(n)) valid = fc.integer({ min: 2024, max: 2027 });
  else if (/quarter/.test(n)) valid = fc.integer({ min: 1, max: 4 });
  else if (/^page$/.test(n)) valid = fc.integer({ min: 1, max: 3 });
  else if (/pagesize/.test(n)) valid = fc.constantFrom(10, 20, 50);
  else if (/stage/.test(n)) valid = fc.integer({ min: 1, max: 2 });
  else valid = fc.integer({ min: 0, max: 12 });
  const edge = fc.constantFrom(0, -1, 1, INT_MAX, INT_MIN, 10_000, 9999, 100, 101, -2024);
  if (mode === 'valid') return valid;
  if (mode === 'boundary') return fc.oneof({ arbitrary: valid, weight: 1 }, { arbitrary: edge, weight: 2 });
  const wrong = fc.constantFrom<unknown>(INT_MAX + 1, INT_MIN - 1, 2 ** 53, 1.5, -0.5, 1e300, 'NaN', '1', 'Infinity', true, null, [], {});
  return fc.oneof(valid, edge, wrong);
}

function floatArb(mode: Mode): fc.Arbitrary<unknown> {
  const valid = fc.integer({ min: 0, max: 1000 }).map((x) => x / 10);
  const edge = fc.constantFrom(0, -0, -1, 1e308, -1e308, 5e-324, 1e15, 123456789.123, 100.0001, 2 ** 53 + 1, INT_MAX + 0.5);
  if (mode === 'valid') return valid;
  if (mode === 'boundary') return fc.oneof({ arbitrary: valid, weight: 1 }, { arbitrary: edge, weight: 2 });
  return fc.oneof(valid, edge, fc.constantFrom<unknown>('NaN', 'Infinity', '1.5', true, null, [], {}));
}

function idArb(hint: string, mode: Mode): fc.Arbitrary<unknown> {
  const pick = fc.nat().map((n) => new IdPick(n, hint));
  if (mode === 'valid') return pick;
  const edge = fc.oneof(
    fc.uuid(),
    fc.constantFrom(UUID_NIL, UUID_MAX),
    fc.nat().map((n) => new IdPick(n, hint, true)),
  );
  if (mode === 'boundary') return fc.oneof(pick, edge);
  const malformed = fc.constantFrom<unknown>(
    '',
    '1',
    0,
    12345,
    'abc',
    "' or 1=1 --",
    'x'.repeat(36),
    `{${UUID_NIL}}`,
    ` ${UUID_NIL}`,
    '%',
    null,
    [],
    {},
  );
  return fc.oneof(pick, edge, malformed);
}

function scalarArb(typeName: string, argName: string, mode: Mode): fc.Arbitrary<unknown> {
  switch (typeName) {
    case 'String':
      return stringArb(argName, mode);
    case 'Int':
      return intArb(argName, mode);
    case 'Float':
      return floatArb(mode);
    case 'Boolean':
      return mode === 'wrong' ? fc.constantFrom<unknown>(true, false, 'true', 0, 1, null) : fc.boolean();
    case 'ID':
      return idArb(argName, mode);
    case 'DateTimeISO': {
      const valid = fc.integer({ min: -400, max: 400 }).map((d) => new Date(Date.UTC(2026, 11, 7) + d * 86_400_000).toISOString());
      if (mode === 'valid') return valid;
      const edge = fc.constantFrom(
        '0001-01-01T00:00:00.000Z',
        '+275760-09-13T00:00:00.000Z',
        '9999-12-31T23:59:59.999Z',
        '2026-12-07',
        '1970-01-01T00:00:00Z',
      );
      if (mode === 'boundary') return fc.oneof(valid, edge);
      return fc.oneof(valid, edge, fc.constantFrom<unknown>('yesterday', '2026-02-30T00:00:00Z', 12345, -1e20, '', null));
    }
    default:
      return mode === 'wrong' ? WRONG_SCALARS : plainText;
  }
}

// ——— structures ———

export function inputArb(type: GraphQLInputType, name: string, mode: Mode, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const inner = inputArb(type.ofType, name, mode, depth);
    return mode === 'wrong' ? fc.oneof({ arbitrary: inner, weight: 9 }, { arbitrary: fc.constant(null), weight: 1 }) : inner;
  }
  if (isListType(type)) {
    const item = inputArb(type.ofType as GraphQLInputType, name, mode, depth + 1);
    const list = fc.array(item, { maxLength: 3 });
    if (mode === 'valid') return list;
    const boundary = fc.oneof(
      list,
      fc.constant([]),
      item.map((x) => [x, x]),
      fc.array(item, { minLength: 150, maxLength: 200 }),
    );
    if (mode === 'boundary') return boundary;
    return fc.oneof(
      boundary,
      item,
      list.map((l) => [l]),
      fc.constant([null]),
      fc.constant(new Deep(5000, 'array')),
    );
  }
  const named = getNamedType(type);
  if (isEnumType(named)) {
    const values = named.getValues().map((v) => v.name);
    const valid = fc.constantFrom(...values);
    if (mode !== 'wrong') return valid;
    return fc.oneof(
      { arbitrary: valid, weight: 2 },
      { arbitrary: fc.constantFrom<unknown>('UNKNOWN_VALUE', values[0].toLowerCase(), '', 0, ' ' + values[0], null), weight: 1 },
    );
  }
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) record[f.name] = inputArb(f.type, f.name, mode, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    const obj = fc.record(record, { requiredKeys: required });
    if (mode !== 'wrong') return obj;
    return fc.oneof(
      { arbitrary: obj, weight: 4 },
      { arbitrary: obj.map((o) => ({ ...o, unknownField: 1 })), weight: 1 },
      { arbitrary: obj.map((o) => ({ ...o, ...JSON.parse('{"__proto__":{"polluted":true}}') })), weight: 1 },
      { arbitrary: fc.constantFrom<unknown>('text', 1, [], [{}], new Deep(3000, 'object')), weight: 1 },
    );
  }
  if (isScalarType(named)) return scalarArb(named.name, name, mode);
  return fc.constant(null);
}

// ——— operations ———

export interface Operation {
  name: string;
  kind: 'query' | 'mutation';
  args: readonly GraphQLArgument[];
  returnType: string;
  selection: string;
}

/** Fields of a type that take no required argument. */
const plainFields = (fields: Record<string, GraphQLField<unknown, unknown>>) =>
  Object.values(fields).filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined));

const isLeaf = (t: GraphQLOutputType) => {
  const n = getNamedType(t);
  return isScalarType(n) || isEnumType(n);
};

/** A minimal valid selection: the scalars of the type, and those of the objects it holds (depth 1–2). */
export function selectionFor(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named)) return '{ __typename }';
  if (!isObjectType(named)) return '';
  const fields = plainFields(named.getFields());
  const leaves = fields.filter((f) => isLeaf(f.type)).map((f) => f.name);
  const parts = ['__typename', ...leaves];
  if (depth === 0) {
    for (const f of fields) {
      if (isLeaf(f.type)) continue;
      const inner = selectionFor(f.type, 1);
      if (inner) parts.push(`${f.name} ${inner}`);
    }
  } else if (!leaves.length) {
    return '';
  }
  return `{ ${parts.join(' ')} }`;
}

export function operationsOf(schema: GraphQLSchema): Operation[] {
  const ops: Operation[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const f of Object.values(root?.getFields() ?? {})) {
      ops.push({ name: f.name, kind, args: f.args, returnType: getNamedType(f.type).name, selection: selectionFor(f.type) });
    }
  }
  return ops;
}

/** The document of an operation, every argument passed as a variable, or written into the document (`inline`). */
export function documentFor(op: Operation, inline?: Record<string, unknown>): string {
  const args = op.args;
  if (inline) {
    const given = args.filter((a) => a.name in inline).map((a) => `${a.name}: ${literal(inline[a.name], a.type)}`);
    return `${op.kind} { ${op.name}${given.length ? `(${given.join(', ')})` : ''} ${op.selection} }`;
  }
  const decl = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const pass = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${op.kind}${decl ? `(${decl})` : ''} { ${op.name}${pass ? `(${pass})` : ''} ${op.selection} }`;
}

/** A value as a GraphQL literal of `type` (enum values bare; anything else as JSON would write it). */
function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  const named = getNamedType(type);
  if (Array.isArray(value)) {
    const inner = isListType(isNonNullType(type) ? type.ofType : type)
      ? ((isNonNullType(type) ? type.ofType : type) as { ofType: GraphQLInputType }).ofType
      : type;
    return `[${value.map((v) => literal(v, inner)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? type)}`)
      .join(', ')} }`;
  }
  if (isEnumType(named) && typeof value === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  return JSON.stringify(value);
}

/** A 32-bit hash of an operation's name: its own seed, unchanged when other operations come or go. */
export function seedOf(name: string, base: number) {
  let h = base | 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
}

export interface Sample {
  mode: Mode;
  inline: boolean;
  variables: Record<string, unknown>;
}

/** `count` cases of an operation: its arguments in the given modes, some written into the document. */
export function samplesFor(op: Operation, modes: Mode[], seed: number): Sample[] {
  return modes.map((mode, i) => {
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const a of op.args) record[a.name] = inputArb(a.type, a.name, mode);
    const required = op.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
    const arb = fc.record({ variables: fc.record(record, { requiredKeys: required }), inline: fc.integer({ min: 0, max: 9 }) });
    const [v] = fc.sample(arb, { seed: (seed + i * 7919) | 0, numRuns: 1 });
    return { mode, inline: mode !== 'valid' && v.inline === 0, variables: v.variables };
  });
}

// ——— resolving placeholders ———

/** Ids (and versions) of the records answered so far, by GraphQL type; filled as the run goes. */
export class IdPool {
  private readonly byType = new Map<string, string[]>();
  private readonly seen = new Set<string>();
  readonly versions = new Map<string, number>();
  constructor(private readonly protectedIds: Set<string>) {}

  /** Take ids and versions of every object with `__typename` and `id` in an answer. */
  harvest(value: unknown) {
    if (Array.isArray(value)) return value.forEach((v) => this.harvest(v));
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.__typename === 'string' && typeof o.id === 'string' && /^[0-9a-f-]{36}$/.test(o.id) && !this.protectedIds.has(o.id)) {
      if (!this.seen.has(o.id)) {
        this.seen.add(o.id);
        const list = this.byType.get(o.__typename) ?? [];
        list.push(o.id);
        this.byType.set(o.__typename, list);
      }
      if (typeof o.version === 'number') this.versions.set(o.id, o.version);
    }
    for (const v of Object.values(o)) this.harvest(v);
  }

  private candidates(hint: string, returnType: string): string[] {
    const h = hint.replace(/Ids?$/, '');
    const aliases: Record<string, string> = { government: 'Unit', evaluator: 'User', actor: 'User', parent: 'Unit', owner: '', target: 'Unit' };
    const last = h.match(/[A-Z]?[a-z]+$/)?.[0] ?? h;
    const stem = hint === 'id' ? returnType : (aliases[h] ?? aliases[last.toLowerCase()] ?? last);
    const out: string[] = [];
    if (stem) for (const [type, ids] of this.byType) if (type.toLowerCase().includes(stem.toLowerCase())) out.push(...ids);
    if (out.length) return out;
    return [...this.byType.values()].flat();
  }

  resolve(value: unknown, returnType: string): unknown {
    if (value instanceof IdPick) {
      const ids = this.candidates(value.hint, returnType);
      const id = ids.length ? ids[value.n % ids.length] : UUID_NIL;
      return value.upper ? id.toUpperCase() : id;
    }
    if (value instanceof Repeat) return value.char.repeat(value.length);
    if (value instanceof Deep) return `__deep_${value.kind}_${value.depth}__`;
    if (Array.isArray(value)) return value.map((v) => this.resolve(v, returnType));
    if (value && typeof value === 'object' && !(value instanceof VersionPick)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.resolve(v, returnType)]));
    }
    return value;
  }

  /** Variables with placeholders resolved; a version follows the id it goes with. */
  resolveVariables(vars: Record<string, unknown>, returnType: string): Record<string, unknown> {
    const out = this.resolve(vars, returnType) as Record<string, unknown>;
    for (const [k, v] of Object.entries(vars)) {
      if (v instanceof VersionPick) out[k] = (typeof out.id === 'string' && this.versions.get(out.id)) || v.fallback;
    }
    return out;
  }
}

/**
 * The text of a request with each deep value written out (JSON.stringify would recurse through it):
 * `[[[…1…]]]` or `{"a":{"a":…1…}}`.
 */
export const expandDeep = (text: string) =>
  text.replace(/"__deep_(array|object)_(\d+)__"/g, (_, kind: string, depth: string) => {
    const d = Number(depth);
    return kind === 'array' ? `${'['.repeat(d)}1${']'.repeat(d)}` : `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`;
  });

/** A case as a reader can retype it: long texts and deep values described, not written out. */
export function describeValue(value: unknown): unknown {
  if (value instanceof Repeat) return `<${JSON.stringify(value.char)} × ${value.length}>`;
  if (value instanceof Deep) return `<${value.kind} nested ${value.depth} deep>`;
  if (value instanceof IdPick) return `<id #${value.n} of ${value.hint}${value.upper ? ', upper case' : ''}>`;
  if (value instanceof VersionPick) return `<version seen, else ${value.fallback}>`;
  if (typeof value === 'string' && value.length > 200) return `<${JSON.stringify(value.slice(0, 20))}… ${value.length} chars>`;
  if (Array.isArray(value))
    return value.length > 20 ? [...value.slice(0, 20).map(describeValue), `<… ${value.length} items>`] : value.map(describeValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, describeValue(v)]));
  return value;
}
