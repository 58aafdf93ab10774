// Menus are `<details data-menu>` popovers (the samples picker). Escape closes them, as it closes any
// menu; focus that was inside one goes back to its summary so the keyboard user is not lost.

/** Closes every open menu; true when one was open (Escape then does nothing else). */
export function closeMenus(root: ParentNode = document): boolean {
  let closed = false;
  for (const menu of root.querySelectorAll<HTMLDetailsElement>('details[data-menu][open]')) {
    const hadFocus = menu.contains(document.activeElement);
    menu.open = false;
    if (hadFocus) menu.querySelector('summary')?.focus();
    closed = true;
  }
  return closed;
}
