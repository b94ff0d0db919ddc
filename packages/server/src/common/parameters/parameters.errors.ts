import { errorCatalogue } from '../errors.js';
import type { ParameterError } from './parameters.service.js';

/** What each code means; the error-code catalogue is generated from this. */
export const PARAMETER_ERRORS = errorCatalogue<ParameterError | 'PARAMETER_VERSION_EXISTS'>('parameters', {
  PARAMETER_UNKNOWN: '没有该政策参数',
  PARAMETER_VALUE_INVALID: '参数值格式不正确',
  PARAMETER_RETROACTIVE: '生效日期不能早于今天：已生效的历史版本不可更改',
  PARAMETER_DATE_INVALID: '日期格式应为 YYYY-MM-DD',
  PARAMETER_SOURCE_REQUIRED: '请填写依据文件',
  PARAMETER_NOT_IN_FORCE: '该政策参数在此日期尚未生效',
  PARAMETER_WEIGHTS_SUM: '各项权重之和应为100',
  PARAMETER_VERSION_EXISTS: '该参数在此生效日期已有版本，历史版本不可修改',
});
