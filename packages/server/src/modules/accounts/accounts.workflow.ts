// The account request: a unit asks for an account, the administrator opens it or returns the request.
// It is the foundation's own small flow and shows how a module declares its rules as data.
import { shanghaiDate, shanghaiEndOfDay, type AccountRequestState, type FOUNDATION_TODO_KINDS } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import type { Workflow } from '../../common/workflow/workflow.js';
import { User } from '../../common/organisation/organisation.entities.js';
import { now } from '../../common/clock.js';
import { AccountRequest } from './accounts.entities.js';
import { AccountRequestError as E } from './accounts.errors.js';

export const TODO_DECIDE: keyof typeof FOUNDATION_TODO_KINDS = 'accountRequest.decide';
export const TODO_REVISE: keyof typeof FOUNDATION_TODO_KINDS = 'accountRequest.revise';

export interface ApproveInput {
  /** Filled by the transition: the account it opened and its first password. */
  created?: { user: User; password: string };
  createAccount: (request: AccountRequest, ctx: Ctx) => Promise<{ user: User; password: string }>;
}

export const accountRequestWorkflow: Workflow<AccountRequest, AccountRequestState> = {
  subject: 'AccountRequest',
  entity: AccountRequest,
  noun: '账号申请',
  state: (r) => r.state,
  setState: (r, s) => (r.state = s),
  snapshot: (r) => ({ state: r.state, username: r.username, roles: r.roles, returnReason: r.returnReason, createdUserId: r.createdUserId }),
  transitions: {
    submit: {
      action: 'submit',
      from: ['DRAFT', 'RETURNED'],
      to: 'SUBMITTED',
      label: '提交',
      guards: [
        async (r, _i, ctx) =>
          (await ctx.em.count(User, { username: r.username }))
            ? { code: E.USERNAME_TAKEN, message: `用户名“${r.username}”已被使用，请修改后再提交`, field: 'username' }
            : null,
      ],
      apply: (r) => {
        r.submittedAt = now();
        r.returnReason = null;
      },
      // the administrator decides within the working days the parameter in force on submission gives
      deadline: {
        from: (r) => shanghaiDate(r.submittedAt!),
        workingDays: 'accountRequest.decisionWorkingDays',
        set: (r, date) => (r.dueAt = shanghaiEndOfDay(date)),
      },
      closeTodos: [TODO_REVISE],
      openTodos: (r) => [
        {
          kind: TODO_DECIDE,
          title: `审批账号申请：${r.displayName}（${r.username}）`,
          link: `/account-requests/${r.id}`,
          assigneeRole: 'ADMIN',
          assigneeUnitId: null,
          dueAt: r.dueAt,
        },
      ],
    },
    approve: {
      action: 'approve',
      from: ['SUBMITTED'],
      to: 'APPROVED',
      label: '审批通过',
      apply: async (r, input: ApproveInput, ctx) => {
        input.created = await input.createAccount(r, ctx);
        r.createdUserId = input.created.user.id;
        r.decidedAt = now();
      },
      closeTodos: 'all',
      notify: (r) => [{ userIds: [r.requester.id], title: `账号申请已通过：${r.displayName}（${r.username}）`, link: `/account-requests/${r.id}` }],
    },
    return: {
      action: 'return',
      from: ['SUBMITTED'],
      to: 'RETURNED',
      label: '退回',
      guards: [
        (_r, input: { reason: string }) =>
          input.reason.trim() ? null : { code: E.RETURN_REASON_REQUIRED, message: '退回时须说明理由', field: 'reason' },
      ],
      apply: (r, input: { reason: string }) => {
        r.returnReason = input.reason.trim().slice(0, 1000);
        r.decidedAt = now();
      },
      closeTodos: [TODO_DECIDE],
      openTodos: (r) => [
        { kind: TODO_REVISE, title: `账号申请被退回，请修改：${r.displayName}`, link: `/account-requests/${r.id}`, assigneeUserId: r.requester.id },
      ],
      notify: (r) => [
        {
          userIds: [r.requester.id],
          title: `账号申请被退回：${r.displayName}`,
          body: r.returnReason ?? undefined,
          link: `/account-requests/${r.id}`,
        },
      ],
    },
  },
};
