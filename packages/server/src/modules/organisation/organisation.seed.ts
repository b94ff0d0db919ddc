import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GovLevel, Role, UnitFunction, UnitKind } from '@gongkai/shared';
import { hashPassword } from '../../common/auth/passwords.js';
import { contextAs } from '../../common/seed-context.js';
import type { AppConfig } from '../../config.js';

/** Stable ids for demo records, so that tests and links can name them. */
export const demoId = (key: string) => {
  const h = createHash('sha1').update(`gongkai-demo:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export const DEMO_PASSWORD = 'Gongkai@2026';

interface UnitSeed {
  key: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  fn?: UnitFunction;
  prefix?: string;
  children?: UnitSeed[];
}

const countyDepartments = (prefix: string, shortName: string, code: string): UnitSeed[] => [
  {
    key: `${prefix}.office`,
    name: `${shortName}人民政府办公室`,
    kind: 'DEPARTMENT',
    prefix: `${code}政办发`,
    children: [
      { key: `${prefix}.disclosure`, name: `${shortName}政务公开办公室`, kind: 'SECTION', fn: 'DISCLOSURE_OFFICE' },
      { key: `${prefix}.secretariat`, name: `${shortName}人民政府办公室秘书科`, kind: 'SECTION', fn: 'SECRETARIAT' },
      { key: `${prefix}.documents`, name: `${shortName}人民政府办公室文电科`, kind: 'SECTION', fn: 'DOCUMENT_SECTION' },
    ],
  },
  { key: `${prefix}.education`, name: `${shortName}教育局`, kind: 'DEPARTMENT', prefix: `${code}教发` },
  { key: `${prefix}.civil`, name: `${shortName}民政局`, kind: 'DEPARTMENT', prefix: `${code}民发` },
  { key: `${prefix}.finance`, name: `${shortName}财政局`, kind: 'DEPARTMENT', prefix: `${code}财发` },
];

const COUNTIES: [string, string, string, string][] = [
  ['shuangta', '双塔区人民政府', '双塔区', '双'],
  ['longcheng', '龙城区人民政府', '龙城区', '龙'],
  ['beipiao', '北票市人民政府', '北票市', '北'],
  ['lingyuan', '凌源市人民政府', '凌源市', '凌'],
  ['chaoyangxian', '朝阳县人民政府', '朝阳县', '朝县'],
  ['jianping', '建平县人民政府', '建平县', '建'],
  ['kazuo', '喀喇沁左翼蒙古族自治县人民政府', '喀左县', '喀'],
];

export const CITY: UnitSeed = {
  key: 'city',
  prefix: '朝政发',
  name: '朝阳市人民政府',
  shortName: '朝阳市',
  kind: 'GOVERNMENT',
  children: [
    {
      key: 'office',
      prefix: '朝政办发',
      name: '朝阳市人民政府办公室',
      shortName: '市政府办公室',
      kind: 'DEPARTMENT',
      children: [
        { key: 'disclosure', name: '朝阳市政务公开办公室', shortName: '市政务公开办公室', kind: 'SECTION', fn: 'DISCLOSURE_OFFICE' },
        { key: 'secretariat', name: '市政府办公室秘书科', shortName: '秘书科', kind: 'SECTION', fn: 'SECRETARIAT' },
        { key: 'documents', name: '市政府办公室文电科', shortName: '文电科', kind: 'SECTION', fn: 'DOCUMENT_SECTION' },
      ],
    },
    { key: 'drc', prefix: '朝发改发', name: '朝阳市发展和改革委员会', shortName: '市发展改革委', kind: 'DEPARTMENT' },
    { key: 'education', prefix: '朝教发', name: '朝阳市教育局', shortName: '市教育局', kind: 'DEPARTMENT' },
    { key: 'police', prefix: '朝公发', name: '朝阳市公安局', shortName: '市公安局', kind: 'DEPARTMENT' },
    { key: 'civil', prefix: '朝民发', name: '朝阳市民政局', shortName: '市民政局', kind: 'DEPARTMENT' },
    { key: 'justice', prefix: '朝司发', name: '朝阳市司法局', shortName: '市司法局', kind: 'DEPARTMENT' },
    { key: 'finance', prefix: '朝财发', name: '朝阳市财政局', shortName: '市财政局', kind: 'DEPARTMENT' },
    { key: 'hrss', prefix: '朝人社发', name: '朝阳市人力资源和社会保障局', shortName: '市人社局', kind: 'DEPARTMENT' },
    { key: 'resources', prefix: '朝自然资发', name: '朝阳市自然资源局', shortName: '市自然资源局', kind: 'DEPARTMENT' },
    { key: 'environment', prefix: '朝环发', name: '朝阳市生态环境局', shortName: '市生态环境局', kind: 'DEPARTMENT' },
    { key: 'housing', prefix: '朝住建发', name: '朝阳市住房和城乡建设局', shortName: '市住建局', kind: 'DEPARTMENT' },
    { key: 'transport', prefix: '朝交发', name: '朝阳市交通运输局', shortName: '市交通局', kind: 'DEPARTMENT' },
    { key: 'agriculture', prefix: '朝农发', name: '朝阳市农业农村局', shortName: '市农业农村局', kind: 'DEPARTMENT' },
    { key: 'health', prefix: '朝卫健发', name: '朝阳市卫生健康委员会', shortName: '市卫生健康委', kind: 'DEPARTMENT' },
    { key: 'market', prefix: '朝市监发', name: '朝阳市市场监督管理局', shortName: '市市场监管局', kind: 'DEPARTMENT' },
    { key: 'business', prefix: '朝营商发', name: '朝阳市营商环境建设局', shortName: '市营商局', kind: 'DEPARTMENT' },
    { key: 'egov', name: '朝阳市电子政务管理中心', shortName: '电子政务管理中心', kind: 'AFFILIATED', fn: 'EGOV_CENTER' },
    { key: 'complaints', name: '朝阳市市民举报投诉受理办公室', shortName: '市民举报投诉受理办公室', kind: 'AFFILIATED', fn: 'COMPLAINT_OFFICE' },
    { key: 'academy', name: '朝阳市行政学院', shortName: '市行政学院', kind: 'AFFILIATED', fn: 'ACADEMY' },
    { key: 'partyschool', name: '中共朝阳市委党校', shortName: '市委党校', kind: 'AFFILIATED', fn: 'PARTY_SCHOOL' },
    { key: 'devzone', name: '朝阳经济技术开发区管理委员会', shortName: '开发区管委会', kind: 'PARK' },
    { key: 'fenghuang', name: '凤凰山景区管理委员会', shortName: '凤凰山景区管委会', kind: 'PARK' },
    { key: 'daily', name: '朝阳日报社', kind: 'EXTERNAL', fn: 'MEDIA' },
    { key: 'tv', name: '朝阳广播电视台', kind: 'EXTERNAL', fn: 'MEDIA' },
    { key: 'lawfirm', name: '辽宁朝阳正明律师事务所', kind: 'EXTERNAL' },
    ...COUNTIES.map(([prefix, name, shortName, code]): UnitSeed => ({
      key: prefix,
      name,
      shortName,
      kind: 'GOVERNMENT',
      prefix: `${code}政发`,
      children: countyDepartments(prefix, shortName, code),
    })),
  ],
};

export interface DemoAccount {
  username: string;
  displayName: string;
  unit: string;
  roles: Role[];
  phone?: string;
}

/** One demo account per role (and a few more for the own/other-unit cases). */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '系统管理员', unit: 'office', roles: ['ADMIN'] },
  { username: 'leader', displayName: '李组长', unit: 'city', roles: ['LEADER'] },
  { username: 'gongkaiban', displayName: '王公开', unit: 'disclosure', roles: ['DISCLOSURE_OFFICE', 'TRAINING_ADMIN'], phone: '13904211001' },
  { username: 'mishuke', displayName: '赵秘书', unit: 'secretariat', roles: ['SECRETARIAT'] },
  { username: 'wendianke', displayName: '钱文电', unit: 'documents', roles: ['DOCUMENT_SECTION'] },
  { username: 'egov', displayName: '孙电政', unit: 'egov', roles: ['EGOV_CENTER'] },
  { username: 'tousu', displayName: '周受理', unit: 'complaints', roles: ['COMPLAINT_OFFICE'] },
  { username: 'xueyuan', displayName: '吴院长', unit: 'academy', roles: ['ACADEMY_ADMIN'] },
  { username: 'pinggu', displayName: '郑评估', unit: 'academy', roles: ['ACADEMY_EVALUATOR'] },
  { username: 'dangxiao', displayName: '冯培训', unit: 'partyschool', roles: ['TRAINING_ADMIN'] },
  { username: 'jianduyuan', displayName: '陈监督', unit: 'lawfirm', roles: ['SUPERVISOR'] },
  { username: 'jiaoyu.staff', displayName: '刘经办', unit: 'education', roles: ['DEPARTMENT_STAFF'], phone: '13842198765' },
  { username: 'jiaoyu.head', displayName: '张局长', unit: 'education', roles: ['DEPARTMENT_HEAD'] },
  { username: 'jiaoyu.gk', displayName: '杨公开', unit: 'education', roles: ['DISCLOSURE_OFFICER'] },
  { username: 'minzheng.staff', displayName: '黄经办', unit: 'civil', roles: ['DEPARTMENT_STAFF'] },
  { username: 'minzheng.head', displayName: '林局长', unit: 'civil', roles: ['DEPARTMENT_HEAD'] },
  { username: 'shuangta.staff', displayName: '何经办', unit: 'shuangta.education', roles: ['DEPARTMENT_STAFF'] },
];

export const demoUserId = (username: string) => demoId(`user:${username}`);
export const demoUnitId = (key: string) => demoId(`unit:${key}`);
/** Acting as demo users outside a request, each on a fresh fork: `const as = demoActors(em, config); await as('jiaoyu.staff')`. */
export const demoActors = (em: EntityManager, config: AppConfig) => (username: string) => contextAs(em.fork(), config, demoUserId(username));

export async function seedOrganisation(em: EntityManager) {
  const rows: unknown[][] = [];
  const walk = (u: UnitSeed, parent: string | null, government: string | null, level: GovLevel, order: number) => {
    const id = demoUnitId(u.key);
    const gov = u.kind === 'GOVERNMENT' ? id : government!;
    rows.push([id, u.name, u.shortName ?? null, u.kind, level, u.fn ?? null, parent, gov, order, u.prefix ?? null]);
    (u.children ?? []).forEach((c, i) => walk(c, id, gov, c.kind === 'GOVERNMENT' ? 'COUNTY' : level, (i + 1) * 10));
  };
  walk(CITY, null, null, 'CITY', 0);
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  await conn.execute(
    `insert into unit (id, name, short_name, kind, level, function, parent_id, government_id, sort_order, document_prefix) values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    rows.flat(),
    'run',
    tx,
  );
  const hash = await hashPassword(DEMO_PASSWORD);
  await conn.execute(
    `insert into app_user (id, username, display_name, unit_id, roles, phone, password_hash) values ${DEMO_ACCOUNTS.map(() => '(?, ?, ?, ?, ?::text[], ?, ?)').join(', ')}`,
    DEMO_ACCOUNTS.flatMap((a) => [
      demoUserId(a.username),
      a.username,
      a.displayName,
      demoUnitId(a.unit),
      `{${a.roles.join(',')}}`,
      a.phone ?? null,
      hash,
    ]),
    'run',
    tx,
  );
}
