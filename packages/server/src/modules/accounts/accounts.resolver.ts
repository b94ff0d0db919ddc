import { Arg, Ctx as GqlCtx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AccountRequestState } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { IdempotencyKey, idempotent } from '../../common/idempotency/idempotency.js';
import { Can, CanRead } from '../../common/graphql/permission.js';
import { AccountRequestStateEnum } from './accounts.enums.js';
import { Unit } from '../../common/organisation/organisation.entities.js';
import { AccountRequest } from './accounts.entities.js';
import * as svc from './accounts.service.js';
import { AccountRequestInput } from './accounts.inputs.js';

@ObjectType()
class AccountRequestApproval {
  @CanRead('AccountRequest') @Field(() => AccountRequest) request: AccountRequest;
  @Field({ description: 'Shown once to the administrator, who hands it to the new user.' }) initialPassword: string;
}

@Resolver(() => AccountRequest)
export class AccountRequestResolver {
  @CanRead('Unit')
  @FieldResolver(() => Unit)
  unit(@Root() r: AccountRequest) {
    return r.unit.load();
  }

  @Can('read', 'AccountRequest')
  @Query(() => [AccountRequest])
  accountRequests(@GqlCtx() ctx: Ctx, @Arg('state', () => AccountRequestStateEnum, { nullable: true }) state: AccountRequestState | null) {
    return svc.listAccountRequests(ctx, state ?? null);
  }

  @Can('read', 'AccountRequest')
  @Query(() => AccountRequest)
  accountRequest(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.getAccountRequest(ctx, id);
  }

  @Can('create', 'AccountRequest')
  @Mutation(() => AccountRequest)
  createAccountRequest(
    @GqlCtx() ctx: Ctx,
    @Arg('input', () => AccountRequestInput) input: AccountRequestInput,
    @IdempotencyKey() key: string | null,
  ) {
    return idempotent(ctx, key, { operation: 'createAccountRequest', payload: input, entity: AccountRequest }, (tx) =>
      svc.createAccountRequest(tx, input),
    );
  }

  @Can('update', 'AccountRequest')
  @Mutation(() => AccountRequest)
  updateAccountRequest(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => AccountRequestInput) input: AccountRequestInput,
  ) {
    return svc.updateAccountRequest(ctx, id, version, input);
  }

  @Can('submit', 'AccountRequest')
  @Mutation(() => AccountRequest)
  submitAccountRequest(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.submitAccountRequest(ctx, id, version);
  }

  @Can('approve', 'AccountRequest')
  @Mutation(() => AccountRequestApproval)
  approveAccountRequest(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return svc.approveAccountRequest(ctx, id, version);
  }

  @Can('return', 'AccountRequest')
  @Mutation(() => AccountRequest)
  returnAccountRequest(
    @GqlCtx() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
  ) {
    return svc.returnAccountRequest(ctx, id, version, reason);
  }

  @Can('resetPassword', 'User')
  @Mutation(() => Boolean, { description: 'Clear the counted sign-in failures of an account (the administrator who may reset its password).' })
  unlockUser(@GqlCtx() ctx: Ctx, @Arg('id', () => ID) id: string) {
    return svc.unlockUser(ctx, id);
  }
}
