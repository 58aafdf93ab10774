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

/** Asked of the report when a finding's card is not on the page (its chain is on a later page). */
export const SHOW_FINDING_EVENT = 'terway-show-finding';

/**
 * Scrolls to the first card of finding `id` and focuses it, unfolding the symptoms it sits in; when its
 * card is on a later page of the report, asks the report to show it (which then calls this again). False
 * when the report has no card of it.
 */
export function openFinding(id: string): boolean {
  const card = [...document.querySelectorAll<HTMLElement>('[data-testid="finding"]')].find(
    (el) => el.dataset['id'] === id,
  );
  if (!card) return !window.dispatchEvent(new CustomEvent(SHOW_FINDING_EVENT, { detail: id, cancelable: true }));
  const folded = card.closest('details');
  if (folded && !folded.open) folded.open = true;
  if (!card.hasAttribute('tabindex')) card.setAttribute('tabindex', '-1');
  card.scrollIntoView({ block: 'start', behavior: 'instant' });
  card.focus({ preventScroll: true });
  return true;
}
