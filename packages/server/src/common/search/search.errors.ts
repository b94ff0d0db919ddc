import { errorCatalogue } from '../errors.js';

export enum SearchError {
  SEARCH_QUERY_INVALID = 'SEARCH_QUERY_INVALID',
  SEARCH_KIND_UNKNOWN = 'SEARCH_KIND_UNKNOWN',
}

export const SEARCH_ERRORS = errorCatalogue<SearchError>('search', {
  SEARCH_QUERY_INVALID: '请输入1至50个字的检索词',
  SEARCH_KIND_UNKNOWN: '没有这一类公开信息',
});
