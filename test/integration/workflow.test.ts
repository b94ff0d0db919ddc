import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startSuite, type Suite } from '../support/suite.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

const CREATE = 'mutation($i:AccountRequestInput!){ createAccountRequest(input:$i){ id version state } }';
const SUBMIT = 'mutation($id:ID!,$v:Int!){ submitAccountRequest(id:$id, version:$v){ id version state dueAt } }';
const APPROVE = 'mutation($id:ID!,$v:Int!){ approveAccountRequest(id:$id, version:$v){ initialPassword request { state createdUserId version } } }';
const RETURN = 'mutation($id:ID!,$v:Int!,$r:String!){ returnAccountRequest(id:$id, version:$v, reason:$r){ state returnReason version } }';

async function submitted(username: string) {
  const c = await s.as('jiaoyu.head', CREATE, { i: { displayName: '新同事', username, roles: ['DEPARTMENT_STAFF'], reason: '负责政策文件起草' } });
  const sub = await s.as('jiaoyu.head', SUBMIT, { id: c.data.createAccountRequest.id, v: c.data.createAccountRequest.version });
  return sub.data.submitAccountRequest as { id: string; version: number; dueAt: string };
}

describe('workflow kernel on the account request', () => {
  it('submits with a due date of 3 working days, opens the administrator to-do, and approval creates a working account', async () => {
    const r = await submitted('wf.one');
    expect(r).toMatchObject({ state: 'SUBMITTED' });
    const todos = await s.as('admin', '{ myTodos { subjectId kind kindLabel dueAt } }');
    const todo = todos.data.myTodos.find((t: any) => t.subjectId === r.id);
    expect(todo.kind).toBe('accountRequest.decide');
    expect(todo.kindLabel).toBe('账号申请审批');
    expect(todo.dueAt).toBe(r.dueAt);
    // the due date is the end of the 3rd working day after submission (Asia/Shanghai), checked against the calendar
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const third = await s.gql('query($d:String!){ addWorkingDays(date:$d, days:3) }', { d: today });
    expect(r.dueAt).toBe(new Date(`${third.data.addWorkingDays}T23:59:59.999+08:00`).toISOString());

    const ok = await s.as('admin', APPROVE, { id: r.id, v: r.version });
    expect(ok.data.approveAccountRequest.request.state).toBe('APPROVED');
    const pw = ok.data.approveAccountRequest.initialPassword;
    const cookie = await s.login('wf.one', pw);
    const me = await s.gql('{ me { user { username unitId roles } } }', {}, { cookie });
    expect(me.data.me.user.roles).toEqual(['DEPARTMENT_STAFF']);
    // the to-do is closed and the requester is told
    const after = await s.as('admin', '{ myTodos { subjectId } }');
    expect(after.data.myTodos.some((t: any) => t.subjectId === r.id)).toBe(false);
    const notes = await s.as('jiaoyu.head', '{ myNotifications { title } }');
    expect(notes.data.myNotifications.some((n: any) => n.title.includes('wf.one'))).toBe(true);
  });

  it('of 20 parallel identical approvals exactly one succeeds and exactly one audit record is written', async () => {
    const r = await submitted('wf.race');
    await s.as('admin', '{ me { user { id } } }'); // sign in once before the race
    const results = await Promise.all(Array.from({ length: 20 }, () => s.as('admin', APPROVE, { id: r.id, v: r.version })));
    const wins = results.filter((x) => x.data?.approveAccountRequest);
    const conflicts = results.filter((x) => codeOf(x) === 'VERSION_CONFLICT');
    expect(wins).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    expect(conflicts[0].errors![0].message).toBe('该记录已被他人修改，请刷新后重试');
    const [{ n }] = await s.sql(`select count(*)::int as n from audit_record where subject_id = ? and action = 'AccountRequest.approve'`, [r.id]);
    expect(n).toBe(1);
    const [{ users }] = await s.sql(`select count(*)::int as users from app_user where username = 'wf.race'`);
    expect(users).toBe(1);
  });

  it('refuses a return without a reason, then returns with one and hands the request back to its author', async () => {
    const r = await submitted('wf.back');
    const none = await s.as('admin', RETURN, { id: r.id, v: r.version, r: '  ' });
    expect(codeOf(none)).toBe('RETURN_REASON_REQUIRED');
    expect(none.errors![0].extensions!.field).toBe('reason');
    const back = await s.as('admin', RETURN, { id: r.id, v: r.version, r: '请附任命文件' });
    expect(back.data.returnAccountRequest).toMatchObject({ state: 'RETURNED', returnReason: '请附任命文件' });
    const todos = await s.as('jiaoyu.head', '{ myTodos { subjectId kind } }');
    expect(todos.data.myTodos.find((t: any) => t.subjectId === r.id)?.kind).toBe('accountRequest.revise');
  });

  it('refuses a transition from the wrong state and a stale version', async () => {
    const r = await submitted('wf.state');
    const again = await s.as('jiaoyu.head', SUBMIT, { id: r.id, v: r.version });
    expect(codeOf(again)).toBe('TRANSITION_NOT_ALLOWED');
    const stale = await s.as('admin', APPROVE, { id: r.id, v: r.version - 1 });
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
  });

  it('refuses roles a unit may not ask for, and a username already taken', async () => {
    const admin = await s.as('jiaoyu.head', CREATE, { i: { displayName: '某人', username: 'wf.admin', roles: ['ADMIN'], reason: '想要' } });
    expect(codeOf(admin)).toBe('ROLE_NOT_REQUESTABLE');
    const fn = await s.as('jiaoyu.head', CREATE, { i: { displayName: '某人', username: 'wf.fn', roles: ['SECRETARIAT'], reason: '想要' } });
    expect(codeOf(fn)).toBe('ROLE_NOT_REQUESTABLE');
    const c = await s.as('jiaoyu.head', CREATE, {
      i: { displayName: '重名', username: 'jiaoyu.staff', roles: ['DEPARTMENT_STAFF'], reason: '工作需要' },
    });
    const sub = await s.as('jiaoyu.head', SUBMIT, { id: c.data.createAccountRequest.id, v: c.data.createAccountRequest.version });
    expect(codeOf(sub)).toBe('USERNAME_TAKEN');
  });

  it("a unit cannot see or act on another unit's requests", async () => {
    const r = await submitted('wf.private');
    expect(codeOf(await s.as('minzheng.head', 'query($id:ID!){ accountRequest(id:$id){ id } }', { id: r.id }))).toBe('FORBIDDEN');
    const list = await s.as('minzheng.head', '{ accountRequests { id unitId } }');
    expect(list.data.accountRequests.every((x: any) => x.unitId !== r.id && x.id !== r.id)).toBe(true);
    expect(list.data.accountRequests.length).toBeGreaterThan(0);
  });

  it('marks a to-do overdue once its due time has passed', async () => {
    const r = await submitted('wf.late');
    const todo = (await s.as('admin', '{ myTodos { id subjectId overdue } }')).data.myTodos.find((t: any) => t.subjectId === r.id);
    expect(todo.overdue).toBe(false);
    await s.sql(`update todo set due_at = now() - interval '1 hour' where id = ?`, [todo.id]);
    const late = (await s.as('admin', '{ myTodos { id overdue } }')).data.myTodos.find((t: any) => t.id === todo.id);
    expect(late.overdue).toBe(true);
    // another administrator sees the same role-wide to-do; a department head does not
    expect((await s.as('jiaoyu.head', '{ myTodos { id } }')).data.myTodos.some((t: any) => t.id === todo.id)).toBe(false);
  });
});
