import { errorCatalogue } from '../../common/errors.js';

export enum OrganisationError {
  UNIT_NAME_REQUIRED = 'UNIT_NAME_REQUIRED',
  UNIT_PARENT_REQUIRED = 'UNIT_PARENT_REQUIRED',
  UNIT_CYCLE = 'UNIT_CYCLE',
  UNIT_KIND_LOCKED = 'UNIT_KIND_LOCKED',
  UNIT_FUNCTION_TAKEN = 'UNIT_FUNCTION_TAKEN',
  USERNAME_INVALID = 'USERNAME_INVALID',
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  DISPLAY_NAME_REQUIRED = 'DISPLAY_NAME_REQUIRED',
  ROLES_REQUIRED = 'ROLES_REQUIRED',
  ROLE_NOT_ALLOWED_FOR_UNIT = 'ROLE_NOT_ALLOWED_FOR_UNIT',
  CANNOT_DISABLE_SELF = 'CANNOT_DISABLE_SELF',
  UNIT_INACTIVE = 'UNIT_INACTIVE',
  UNIT_NAME_TAKEN = 'UNIT_NAME_TAKEN',
  UNIT_IN_USE = 'UNIT_IN_USE',
  DOCUMENT_PREFIX_INVALID = 'DOCUMENT_PREFIX_INVALID',
  UNIT_PARENT_KIND_INVALID = 'UNIT_PARENT_KIND_INVALID',
  UNIT_SHORT_NAME_TOO_LONG = 'UNIT_SHORT_NAME_TOO_LONG',
  FUNCTION_UNIT_MISSING = 'FUNCTION_UNIT_MISSING',
}

/** What each code means; the error-code catalogue is generated from this. */
export const ORGANISATION_ERRORS = errorCatalogue<OrganisationError>('organisation', {
  UNIT_NAME_REQUIRED: '请填写单位名称（不超过100字）',
  UNIT_PARENT_REQUIRED: '请选择存在的上级单位或所属单位',
  UNIT_CYCLE: '不能将单位移动到其自身或其下级单位之下',
  UNIT_KIND_LOCKED: '不能将人民政府改为其他类型的单位，或反之；请新建单位',
  UNIT_FUNCTION_TAKEN: '本级已有承担该职能的单位',
  USERNAME_INVALID: '用户名为3至32位小写字母、数字、点、下划线或连字符',
  USERNAME_TAKEN: '该用户名已被使用',
  DISPLAY_NAME_REQUIRED: '请填写姓名（不超过50字）',
  ROLES_REQUIRED: '请至少选择一个角色',
  ROLE_NOT_ALLOWED_FOR_UNIT: '该角色只能授予承担相应职能的单位的人员',
  CANNOT_DISABLE_SELF: '不能停用自己的账号',
  UNIT_INACTIVE: '上级单位或所属单位已撤销',
  UNIT_NAME_TAKEN: '同一上级单位下已有同名单位',
  UNIT_IN_USE: '该单位下还有在用的下级单位或账号，请先调整后再撤销',
  DOCUMENT_PREFIX_INVALID: '发文字号前缀为机关代字，如“朝教发”，不含年份、序号和括号',
  UNIT_PARENT_KIND_INVALID: '人民政府的上级单位只能是上一级人民政府',
  UNIT_SHORT_NAME_TOO_LONG: '单位简称不超过50字',
  FUNCTION_UNIT_MISSING: '本级尚未设置承担该职能的单位，请联系系统管理员',
});
