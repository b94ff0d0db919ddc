import { Arg, Ctx as GqlCtx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { packAbilityRules, rulesFor } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { Can, CanRead, Derived, Public, SignedIn } from '../../common/graphql/permission.js';
import { Unit, User } from '../../common/organisation/organisation.entities.js';
import { abilityContextOf, changePassword, findSession, login, logout } from '../../common/auth/auth.service.js';
import * as org from './organisation.service.js';
import { CreateUserInput, UnitInput, UpdateUserInput, UserFilter } from './organisation.inputs.js';

@ObjectType({ description: 'The signed-in user with the packed CASL rules (JSON text) that the SPA unpacks.' })
class Viewer {
  @CanRead('User') @Field(() => User) user: User;
  @Field() rules: string;
  @Field(() => Date) sessionExpiresAt: Date;
}

@ObjectType()
class UserPage {
  @CanRead('User') @Field(() => [User]) items: User[];
  @Field(() => Int) total: number;
}

function viewer(ctx: Ctx, user: User, expiresAt: Date): Viewer {
  return { user, rules: packAbilityRules(rulesFor(abilityContextOf(user))), sessionExpiresAt: expiresAt };
}

@Resolver(() => User)
export class UserResolver {
  @CanRead('Unit')
  @FieldResolver(() => Unit)
  unit(@Root() user: User) {
    return user.unit.load();
  }

  @Derived("the user's own field; visiblePhone decides who sees it")
  @FieldResolver(() => String, { nullable: true })
  phone(@Root() user: User, @GqlCtx() ctx: Ctx) {
    return org.visiblePhone(ctx, user);
  }
}

@Resolver()
export class OrganisationResolver {
  @Public()
  @Query(() => Viewer, { nullable: true, description: 'null when not signed in' })
  async me(@GqlCtx() ctx: Ctx) {
    const session = await findSession(ctx.em, ctx.cookies.sessionToken());
    if (!session) return null;
    return viewer(ctx, session.user.getEntity(), session.expiresAt);
  }

  @Public()
  @Mutation(() => Viewer)
  async login(@GqlCtx() ctx: Ctx, @Arg('username') username: string, @Arg('password') password: string) {
    const { user, expiresAt } = await login(ctx, username, password);
    return viewer(ctx, user, expiresAt);
  }

  @Public()
  @Mutation(() => Boolean)
  logout(@GqlCtx() ctx: Ctx) {
    return logout(ctx);
  }

  @SignedIn()
  @Mutation(() => Boolean)
  changePassword(@GqlCtx() ctx: Ctx, @Arg('oldPassword') oldPassword: string, @Arg('newPassword') newPassword: string) {
    return changePassword(ctx, oldPassword, newPassword);
  }

  @Can('read', 'Unit')
  @Query(() => [Unit], { description: 'Flat, ordered by sortOrder; the client builds the tree.' })
  units(@GqlCtx() ctx: Ctx) {
    return org.listUnits(ctx);
  }

  @Can('create', 'Unit')
  @Mutation(() => Unit)
  createUnit(@GqlCtx() ctx: Ctx, @Arg('input', () => UnitInput) input: UnitInput) {
    return org.createUnit(ctx, input);
  }

  @Can('update', 'Unit')
  @Mutation(() => Unit)
  updateUnit(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UnitInput) input: UnitInput,
  ) {
    return org.updateUnit(ctx, id, version, input);
  }

  @Can('read', 'User')
  @Query(() => UserPage)
  users(
    @GqlCtx() ctx: Ctx,
    @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20 }) pageSize: number,
  ) {
    return org.listUsers(ctx, filter ?? {}, page, pageSize);
  }

  @Can('read', 'User')
  @Query(() => User)
  user(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return org.getUser(ctx, id);
  }

  @Can('create', 'User')
  @Mutation(() => User)
  createUser(@GqlCtx() ctx: Ctx, @Arg('input', () => CreateUserInput) input: CreateUserInput) {
    return org.createUser(ctx, input);
  }

  @Can('update', 'User')
  @Mutation(() => User)
  updateUser(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateUserInput) input: UpdateUserInput) {
    return org.updateUser(ctx, id, input);
  }

  @Can('disable', 'User')
  @Mutation(() => User)
  setUserActive(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('active') active: boolean) {
    return org.setUserActive(ctx, id, active);
  }

  @Can('resetPassword', 'User')
  @Mutation(() => Boolean)
  resetPassword(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('newPassword') newPassword: string) {
    return org.resetPassword(ctx, id, newPassword);
  }
}
