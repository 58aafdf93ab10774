// From the incident views to the input and the findings: show a report line where it lives (the
// editor, or a large paste's viewer), and bring a finding's card into view with focus on it.
import type { Session } from '../state/session.svelte';

/** Shows report line `line` in the editor or the viewer; false when its input cannot show it (a file). */
export function showReportLine(session: Session, line: number, from?: string): boolean {
  const loc = session.locate(line);
  if (loc?.source.type === 'text') session.highlightLine(loc.localLine, [], from);
  else if (loc?.source.type === 'chip' && session.viewable(loc.source.id))
    session.highlightLine(loc.localLine, [], from, loc.source.id);
  else return false;
  return true;
}

/** Scrolls to the first card of finding `id` and focuses it; false when no card of it is on the page. */
export function openFinding(id: string): boolean {
  const card = [...document.querySelectorAll<HTMLElement>('[data-testid="finding"]')].find(
    (el) => el.dataset['id'] === id,
  );
  if (!card) return false;
  if (!card.hasAttribute('tabindex')) card.setAttribute('tabindex', '-1');
  card.scrollIntoView({ block: 'start', behavior: 'instant' });
  card.focus({ preventScroll: true });
  return true;
}
