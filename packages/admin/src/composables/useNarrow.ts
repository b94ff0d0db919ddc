import { onBeforeUnmount, ref } from 'vue';

/** Whether the window is phone-narrow (lists become cards, descriptions one column). */
export function useNarrow(query = '(max-width: 768px)') {
  const media = window.matchMedia(query);
  const narrow = ref(media.matches);
  const update = (e: MediaQueryListEvent) => (narrow.value = e.matches);
  media.addEventListener('change', update);
  onBeforeUnmount(() => media.removeEventListener('change', update));
  return narrow;
}
