import { nextTick, watch, watchEffect, type Ref } from 'vue';
import { siteTitle } from '../site';

/** The browser tab shows the page's own title (a document's title, say) once it is known. */
export function usePageTitle(title: Ref<string | null | undefined>) {
  watchEffect(() => {
    if (title.value) document.title = `${title.value} - ${siteTitle}`;
  });
}

/**
 * A page whose heading arrives with its data renders a new `<h1>` when it does. If the focus was
 * on the placeholder heading (put there after a page change), it moves to the new one, so that a
 * screen reader announces the real heading.
 */
export function useHeadingFocus(heading: Ref<string>) {
  watch(heading, async () => {
    const hadFocus = document.activeElement?.matches('#main h1') ?? false;
    await nextTick();
    if (hadFocus) document.querySelector<HTMLElement>('#main h1')?.focus({ preventScroll: true });
  });
}
