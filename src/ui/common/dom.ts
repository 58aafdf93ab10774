// Small DOM helpers shared by the views.

/** Input types that take typed or pasted text; every other type (checkbox, button, file, range…) does not. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number']);

/**
 * True for a real text field that keeps the browser's own paste, drop and typing: a writable
 * textarea, a text-like input, or contenteditable. A focused select, checkbox, button or link is
 * not one, so a global Ctrl/Cmd+V still reaches the triage input from there.
 */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return !target.readOnly && !target.disabled;
  if (target instanceof HTMLInputElement)
    return TEXT_INPUT_TYPES.has(target.type) && !target.readOnly && !target.disabled;
  return false;
}

/** "Back to the finding": brings the element that asked to show a line (an evidence line) back, focused. */
export function returnTo(id: string | null): void {
  const el = id ? document.getElementById(id) : null;
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: 'instant' });
  el.focus({ preventScroll: true });
}

/** Keeps `onHeight` told of the element's client height; returns the function that stops it. */
export function watchHeight(el: HTMLElement, onHeight: (height: number) => void): () => void {
  const ro = new ResizeObserver(() => onHeight(el.clientHeight));
  ro.observe(el);
  return () => ro.disconnect();
}

/**
 * Runs `fn` in a task of its own after the next frame is painted; returns the function that cancels it.
 * A big view renders in steps this way, so no single task holds the page for long.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
