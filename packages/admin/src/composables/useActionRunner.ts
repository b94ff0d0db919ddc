import { ref } from 'vue';
import { ElMessage } from 'element-plus';
import type { ApiFailure } from '@/api/client';
import { confirmAction } from './confirm';
import { showError } from './useServerErrors';

export interface Action<T> {
  /** Asked first; the action runs only when the user confirms. */
  confirm?: { message: string; title?: string; danger?: boolean };
  run: () => Promise<T>;
  /** Shown when it has run. */
  success?: string;
  /** Which action is running, for a button's loading state (`busy === key`). */
  key?: string;
  /** A form's errors, to show the refusal next to its fields (else a message). */
  errors?: { show: (error: unknown) => ApiFailure };
  /** Called with the refusal after it has been shown. */
  onError?: (failure: ApiFailure) => void;
}

/**
 * An action on a record: confirm → run the mutation → say it is done, or show the refusal (the
 * server's message, else the error catalogue's for its code) → refetch. A lost race
 * (VERSION_CONFLICT) refetches too, so that the user sees what changed.
 */
export function useActionRunner(refetch?: () => unknown) {
  const busy = ref<string | null>(null);

  async function run<T>(action: Action<T>): Promise<T | undefined> {
    if (action.confirm && !(await confirmAction(action.confirm.message, action.confirm.title, action.confirm.danger))) return undefined;
    busy.value = action.key ?? 'action';
    try {
      const done = await action.run();
      if (action.success) ElMessage.success(action.success);
      await refetch?.();
      return done;
    } catch (e) {
      const failure = action.errors ? action.errors.show(e) : showError(e);
      action.onError?.(failure);
      if (failure.code === 'VERSION_CONFLICT') await refetch?.();
      return undefined;
    } finally {
      busy.value = null;
    }
  }

  return { busy, run };
}
