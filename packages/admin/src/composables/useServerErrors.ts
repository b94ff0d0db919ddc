import { reactive } from 'vue';
import { ElMessage } from 'element-plus';
import { toApiError, type ApiFailure } from '@/api/client';

/**
 * Errors from the server, shown where they belong: next to the form field the server names
 * (`extensions.field`), or as a message when no field of this form matches.
 *
 *   const errors = useServerErrors(['username', 'displayName']);
 *   <el-form-item :error="errors.fields.username"> … </el-form-item>
 *   try { … } catch (e) { errors.show(e) }
 */
export function useServerErrors(fieldNames: readonly string[]) {
  const fields = reactive<Record<string, string>>({});

  function clear(): void {
    for (const key of Object.keys(fields)) delete fields[key];
  }

  /** Show the error; returns it for callers that react to a code. */
  function show(error: unknown): ApiFailure {
    const failure = toApiError(error);
    clear();
    if (failure.field && fieldNames.includes(failure.field)) {
      // Element Plus shows a field's error only when it changes: clear first, then set.
      fields[failure.field] = failure.message;
    } else {
      ElMessage.error({ message: failure.message, grouping: true });
    }
    return failure;
  }

  return { fields, clear, show };
}

/** Show any error as a message (for actions outside forms). */
export function showError(error: unknown): ApiFailure {
  const failure = toApiError(error);
  ElMessage.error({ message: failure.message, grouping: true });
  return failure;
}
