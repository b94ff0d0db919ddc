import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config.js';
import { demoActors } from '../organisation/organisation.seed.js';
import { createAccountRequest, returnAccountRequest, submitAccountRequest } from './accounts.service.js';

/** Account requests in each state, made through the real flow. */
export async function seedAccountRequests(em: EntityManager, config: AppConfig) {
  const as = demoActors(em, config);
  const head = await as('jiaoyu.head');
  await createAccountRequest(head, {
    displayName: '马晓燕',
    username: 'jiaoyu.ma',
    roles: ['DEPARTMENT_STAFF'],
    phone: '13700000001',
    reason: '新入职科员，负责本局政策文件起草和公开属性认定',
  });
  const submitted = await createAccountRequest(head, {
    displayName: '高明',
    username: 'jiaoyu.gao',
    roles: ['DEPARTMENT_STAFF'],
    reason: '承担本局重大民生事项意见征集工作',
  });
  await submitAccountRequest(head, submitted.id, submitted.version);

  const civil = await as('minzheng.head');
  const returned = await createAccountRequest(civil, {
    displayName: '罗静',
    username: 'minzheng.luo',
    roles: ['DISCLOSURE_OFFICER'],
    reason: '本局政务公开工作机构人员调整',
  });
  const s = await submitAccountRequest(civil, returned.id, returned.version);
  const admin = await as('admin');
  await returnAccountRequest(admin, s.id, s.version, '请附单位人事任命文件，并说明原政务公开工作人员的账号处理意见');
}
