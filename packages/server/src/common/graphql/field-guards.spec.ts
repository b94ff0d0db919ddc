import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { Field, FieldResolver, ObjectType, Query, Resolver, Root, buildSchema } from 'type-graphql';
import { Unit } from '../organisation/organisation.entities.js';
import { assertEveryFieldDeclared, guardRead } from './field-guards.js';
import { CanRead, Derived, Public } from './permission.js';

// a schema of its own: a nested field without a permission, and the same fields declared
@ObjectType()
class Probe {
  @Field() id: string;
  @Field(() => Unit, { nullable: true }) plainUnit: Unit | null;
}
@Resolver(() => Probe)
class UndeclaredProbeResolver {
  @Public()
  @Query(() => Probe)
  probeWithoutDeclarations(): Probe {
    return { id: 'p', plainUnit: null };
  }

  @FieldResolver(() => String)
  label(@Root() p: Probe) {
    return p.id;
  }
}
@ObjectType()
class DeclaredProbe {
  @Field() id: string;
  @CanRead('Unit') @Field(() => Unit, { nullable: true }) plainUnit: Unit | null;
}
@Resolver(() => DeclaredProbe)
class DeclaredProbeResolver {
  @Public()
  @Query(() => DeclaredProbe)
  probeWithDeclarations(): DeclaredProbe {
    return { id: 'p', plainUnit: null };
  }

  @Derived('the probe’s own id')
  @FieldResolver(() => String)
  label(@Root() p: DeclaredProbe) {
    return p.id;
  }
}

describe('the schema refuses a nested field without a permission', () => {
  it('names a field resolver without a declaration, and a plain property that returns a subject', async () => {
    const schema = await buildSchema({ resolvers: [UndeclaredProbeResolver], validate: false });
    expect(() => assertEveryFieldDeclared(schema, [UndeclaredProbeResolver])).toThrow('fields without a permission: Probe.label, Probe.plainUnit');
  });

  it('builds when each is declared', async () => {
    const schema = await buildSchema({ resolvers: [DeclaredProbeResolver], validate: false });
    expect(() => assertEveryFieldDeclared(schema, [DeclaredProbeResolver])).not.toThrow();
  });

  it('a derived field states its reason', () => {
    expect(() => Derived('  ')).toThrow('Derived() needs a reason');
  });
});

describe('what a guarded field answers', () => {
  const ctx = (can: boolean, signedIn = true) => ({ user: signedIn ? { id: 'u' } : null, ability: { can: () => can } }) as never;
  it('a list keeps what may be read, a nullable single is null, a non-null single is refused', () => {
    const a = { id: 'a' },
      b = { id: 'b' };
    const some = { user: { id: 'u' }, ability: { can: (_: string, o: { id: string }) => o.id === 'a' } } as never;
    expect(guardRead(some, 'Unit', [a, b], true)).toEqual([a]);
    expect(guardRead(ctx(false), 'Unit', b, false)).toBeNull();
    expect(() => guardRead(ctx(false), 'Unit', b, true)).toThrow('没有权限查看此内容');
    expect(() => guardRead(ctx(false, false), 'Unit', b, true)).toThrow('请先登录');
    expect(guardRead(ctx(true), 'Unit', b, true)).toBe(b);
    expect(guardRead(ctx(false), 'Unit', null, false)).toBeNull();
  });
});
