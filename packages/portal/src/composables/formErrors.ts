import { computed, nextTick, reactive, ref, type Ref } from 'vue';

/**
 * The errors of a public form: each field's own (next to it), one about the whole form (above it),
 * and whether the answer was lost (so that it is not known whether the form was stored: sending it
 * again with the same key stores it once). `summaryEl` is the form's error summary, focused when it shows.
 */
export function useFormErrors<F extends string>(fields: readonly F[], summaryEl: Ref<HTMLElement | null>) {
  const errors = reactive<Partial<Record<F, string>>>({}) as Partial<Record<F, string>>;
  const formError = ref('');
  const unknown = ref(false);
  const fieldList = computed(() => fields.filter((f) => errors[f]));
  const hasErrors = computed(() => !!formError.value || fieldList.value.length > 0);

  function clearErrors() {
    for (const f of fields) delete errors[f];
    formError.value = '';
    unknown.value = false;
  }
  async function showErrors() {
    await nextTick();
    summaryEl.value?.focus();
  }
  /** The answer was lost: say so, with what to do. */
  function answerLost(message: string) {
    unknown.value = true;
    formError.value = message;
  }
  return { errors, formError, unknown, fieldList, hasErrors, clearErrors, showErrors, answerLost };
}
