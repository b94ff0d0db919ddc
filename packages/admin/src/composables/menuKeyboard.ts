// The side menu by keyboard. Element Plus gives its vertical menu no keyboard support (its items are
// taken out of the Tab order and answer only clicks): here every shown entry and group title takes the
// focus in turn, Enter or Space opens it, and the arrow keys move between the shown entries (Home and
// End to the first and the last).

const ENTRY = '.el-menu-item, .el-sub-menu__title';

/** The entries of the menu a user can see now (those of a closed group are not shown). */
const shownEntries = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>(ENTRY)].filter((el) => el.offsetParent !== null);

/** Makes the menu under `root` usable by keyboard; returns the undo. */
export function menuKeyboard(root: HTMLElement): () => void {
  const focusable = () => root.querySelectorAll<HTMLElement>(ENTRY).forEach((el) => el.setAttribute('tabindex', '0'));
  focusable();
  // entries come and go with the workspace and the groups' opening: each new one is made focusable too
  const observer = new MutationObserver(focusable);
  observer.observe(root, { childList: true, subtree: true });
  const onKey = (event: KeyboardEvent) => {
    const entry = (event.target as HTMLElement).closest<HTMLElement>(ENTRY);
    if (!entry || !root.contains(entry)) return;
    const entries = shownEntries(root);
    const at = entries.indexOf(entry);
    let next: HTMLElement | undefined;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      entry.click();
      return;
    }
    if (event.key === 'ArrowDown') next = entries[Math.min(at + 1, entries.length - 1)];
    else if (event.key === 'ArrowUp') next = entries[Math.max(at - 1, 0)];
    else if (event.key === 'Home') next = entries[0];
    else if (event.key === 'End') next = entries.at(-1);
    else return;
    event.preventDefault();
    next?.focus();
  };
  root.addEventListener('keydown', onKey);
  return () => {
    observer.disconnect();
    root.removeEventListener('keydown', onKey);
  };
}
