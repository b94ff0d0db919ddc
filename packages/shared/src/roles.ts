/** Roles of a user (SPEC "Organisation and roles"). A user belongs to one unit and may hold several. */
export const ROLES = [
  'DEPARTMENT_STAFF',
  'DEPARTMENT_HEAD',
  'DISCLOSURE_OFFICER',
  'DISCLOSURE_OFFICE',
  'SECRETARIAT',
  'DOCUMENT_SECTION',
  'EGOV_CENTER',
  'COMPLAINT_OFFICE',
  'ACADEMY_EVALUATOR',
  'ACADEMY_ADMIN',
  'TRAINING_ADMIN',
  'LEADER',
  'SUPERVISOR',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  DEPARTMENT_STAFF: '经办人',
  DEPARTMENT_HEAD: '部门负责人',
  DISCLOSURE_OFFICER: '单位政务公开工作机构',
  DISCLOSURE_OFFICE: '政务公开办公室',
  SECRETARIAT: '秘书科',
  DOCUMENT_SECTION: '文电科',
  EGOV_CENTER: '电子政务管理中心',
  COMPLAINT_OFFICE: '举报投诉受理办公室',
  ACADEMY_EVALUATOR: '评估员',
  ACADEMY_ADMIN: '评估管理员',
  TRAINING_ADMIN: '培训管理员',
  LEADER: '领导小组',
  SUPERVISOR: '政务公开监督员',
  ADMIN: '系统管理员',
};

/** Special units have a function (SPEC table of functions). */
export const UNIT_FUNCTIONS = [
  'DISCLOSURE_OFFICE',
  'SECRETARIAT',
  'DOCUMENT_SECTION',
  'EGOV_CENTER',
  'ACADEMY',
  'PARTY_SCHOOL',
  'COMPLAINT_OFFICE',
  'MEDIA',
] as const;
export type UnitFunction = (typeof UNIT_FUNCTIONS)[number];

export const UNIT_FUNCTION_LABELS: Record<UnitFunction, string> = {
  DISCLOSURE_OFFICE: '政务公开办公室',
  SECRETARIAT: '秘书科',
  DOCUMENT_SECTION: '文电科',
  EGOV_CENTER: '电子政务管理中心',
  ACADEMY: '行政学院',
  PARTY_SCHOOL: '党校',
  COMPLAINT_OFFICE: '举报投诉受理办公室',
  MEDIA: '新闻媒体',
};

/** Kinds of unit in the tree. A GOVERNMENT is the root of a level (province, city or county). */
export const UNIT_KINDS = ['GOVERNMENT', 'DEPARTMENT', 'AFFILIATED', 'PARK', 'SECTION', 'EXTERNAL'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  GOVERNMENT: '人民政府',
  DEPARTMENT: '政府部门',
  AFFILIATED: '直属单位',
  PARK: '园(景)区管委会',
  SECTION: '内设机构',
  EXTERNAL: '外部单位',
};

export const GOV_LEVELS = ['PROVINCE', 'CITY', 'COUNTY'] as const;
export type GovLevel = (typeof GOV_LEVELS)[number];
export const GOV_LEVEL_LABELS: Record<GovLevel, string> = { PROVINCE: '省级', CITY: '市级', COUNTY: '县级' };

/** Roles that act for a function unit may only be held by users of a unit with that function. */
export const ROLE_REQUIRES_FUNCTION: Partial<Record<Role, readonly UnitFunction[]>> = {
  DISCLOSURE_OFFICE: ['DISCLOSURE_OFFICE'],
  SECRETARIAT: ['SECRETARIAT'],
  DOCUMENT_SECTION: ['DOCUMENT_SECTION'],
  EGOV_CENTER: ['EGOV_CENTER'],
  COMPLAINT_OFFICE: ['COMPLAINT_OFFICE'],
  ACADEMY_EVALUATOR: ['ACADEMY'],
  ACADEMY_ADMIN: ['ACADEMY'],
  TRAINING_ADMIN: ['ACADEMY', 'PARTY_SCHOOL', 'DISCLOSURE_OFFICE'],
};

/** Roles only the administrator grants directly; a unit cannot ask for them through an account request. */
export const ADMIN_GRANTED_ROLES: readonly Role[] = ['ADMIN', 'LEADER', 'SUPERVISOR'];

export function roleFitsUnit(role: Role, unitFunction: UnitFunction | null | undefined): boolean {
  const required = ROLE_REQUIRES_FUNCTION[role];
  return !required || (!!unitFunction && required.includes(unitFunction));
}
