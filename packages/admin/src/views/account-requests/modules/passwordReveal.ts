import { shallowRef } from 'vue';

/**
 * The initial password of an approved request, shown once. It is held here, outside the row that
 * approved it, because the row leaves the list as soon as the request is approved.
 */
export const revealed = shallowRef<{ username: string; password: string } | null>(null);

export function revealPassword(username: string, password: string): void {
  revealed.value = { username, password };
}
