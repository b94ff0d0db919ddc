import { errorCatalogue } from '../errors.js';

export enum IdempotencyError {
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}

export const IDEMPOTENCY_ERRORS = errorCatalogue<IdempotencyError>('common', {
  IDEMPOTENCY_KEY_REUSED: '该提交标识已用于另一份内容：同一标识只能重试同一次提交',
});
