/**
 * One demo account for each role (two for the department's staff: one of a county, another
 * government), as the suites that go through every role sign in: the fuzzing of every operation and
 * the admin's every-page check.
 */
export const ACCOUNT_PER_ROLE = [
  'admin',
  'leader',
  'gongkaiban',
  'mishuke',
  'wendianke',
  'egov',
  'tousu',
  'xueyuan',
  'pinggu',
  'dangxiao',
  'jianduyuan',
  'jiaoyu.staff',
  'jiaoyu.head',
  'jiaoyu.gk',
  'minzheng.staff',
  'shuangta.staff',
] as const;
