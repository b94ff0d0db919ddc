import { ref, watch, type Ref } from 'vue';

/** A random UUID; `crypto.randomUUID` needs a secure context, `getRandomValues` does not (an intranet served over plain HTTP). */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The idempotency key of one intended creation: made when the form opens, sent again when the same
 * form is submitted again (after a timeout or a refusal), so that the server makes the record once;
 * a new key on the next opening. Give `open` for a dialog; a page's form gets its key when the page opens.
 *
 *   const idem = useIdempotencyKey(visible);
 *   await mutate(CreateXDocument, { input, idempotencyKey: idem.key.value });
 */
export function useIdempotencyKey(open?: Ref<boolean>) {
  const key = ref(newKey());
  const renew = () => (key.value = newKey());
  if (open) watch(open, (isOpen) => isOpen && renew());
  return { key, renew };
}
