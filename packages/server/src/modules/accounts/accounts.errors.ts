import { errorCatalogue } from '../../common/errors.js';

export enum AccountRequestError {
  ROLE_NOT_REQUESTABLE = 'ROLE_NOT_REQUESTABLE',
  REASON_REQUIRED = 'REASON_REQUIRED',
  RETURN_REASON_REQUIRED = 'RETURN_REASON_REQUIRED',
  USERNAME_TAKEN = 'USERNAME_TAKEN',
}

/** What each code means; the error-code catalogue is generated from this. */
export const ACCOUNT_REQUEST_ERRORS = errorCatalogue<AccountRequestError>('accounts', {
  ROLE_NOT_REQUESTABLE: '本单位不能申请该角色',
  REASON_REQUIRED: '请说明申请理由',
  RETURN_REASON_REQUIRED: '退回须说明理由',
  USERNAME_TAKEN: '该用户名已被使用',
});
