import { Arg, Ctx as GqlCtx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../context.js';
import { SignedIn } from '../graphql/permission.js';
import { Notification, Todo } from './todo.entities.js';
import { myTodos } from './todo.service.js';
import { markNotificationsRead, myNotifications } from './notification.service.js';

@Resolver()
export class TodoResolver {
  @SignedIn()
  @Query(() => [Todo])
  myTodos(@GqlCtx() ctx: Ctx, @Arg('includeDone', () => Boolean, { defaultValue: false }) includeDone: boolean) {
    return myTodos(ctx, includeDone);
  }

  @SignedIn()
  @Query(() => [Notification])
  myNotifications(@GqlCtx() ctx: Ctx, @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean) {
    return myNotifications(ctx, unreadOnly);
  }

  @SignedIn()
  @Mutation(() => Int)
  markNotificationsRead(@GqlCtx() ctx: Ctx, @Arg('ids', () => [ID]) ids: string[]) {
    return markNotificationsRead(ctx, ids);
  }
}
