import { errorCatalogue } from '../../common/errors.js';

export enum OpenDataError {
  UNKNOWN = 'OPEN_DATA_UNKNOWN',
  NOT_PUBLISHED = 'OPEN_DATA_NOT_PUBLISHED',
  PARAMETER_INVALID = 'OPEN_DATA_PARAMETER_INVALID',
  PARAMETER_UNKNOWN = 'OPEN_DATA_PARAMETER_UNKNOWN',
}

export const OPEN_DATA_ERRORS = errorCatalogue<OpenDataError>('open-data', {
  OPEN_DATA_UNKNOWN: '没有这个开放数据集或订阅源（请查看 /data/catalogue.json）',
  OPEN_DATA_NOT_PUBLISHED: '所请求的数据尚未向社会公布',
  OPEN_DATA_PARAMETER_INVALID: '参数格式不正确（如年份、季度、统计期或编号）',
  OPEN_DATA_PARAMETER_UNKNOWN: '该数据集不接受这个参数',
});

/** The refusals answered 404 (nothing there); the others are the caller's mistake (400). */
export const NOT_THERE: readonly string[] = [OpenDataError.UNKNOWN, OpenDataError.NOT_PUBLISHED];
