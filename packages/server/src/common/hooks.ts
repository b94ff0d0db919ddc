import type { Ctx } from './context.js';
import type { GuardRefusal } from './workflow/workflow.js';

/**
 * A hook lets a module take part in another module's work without the two importing each other
 * in a circle: the module that owns the work declares the hook, the other registers a handler when
 * it is loaded. Handlers run inside the caller's transaction, in registration order.
 */
export function createHook<A extends unknown[]>() {
  const handlers: ((ctx: Ctx, ...args: A) => Promise<GuardRefusal | null | void>)[] = [];
  return {
    register(handler: (ctx: Ctx, ...args: A) => Promise<GuardRefusal | null | void>) {
      handlers.push(handler);
    },
    /** Run every handler; the first refusal stops and is returned. */
    async run(ctx: Ctx, ...args: A): Promise<GuardRefusal | null> {
      for (const h of handlers) {
        const refusal = await h(ctx, ...args);
        if (refusal) return refusal;
      }
      return null;
    },
  };
}
