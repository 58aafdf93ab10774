// The part of the catalog the engine needs to match and to write a report. Examples, source
// locations and version ranges only serve the reference view, which loads the whole catalog
// lazily; leaving them out keeps the worker (and so the first load) small. Of the prose only the
// first sentence of the explanation and of the fix stay (the verdict quotes them): the page fills each finding's
// full explanation and fix from the whole catalog (withCatalogProse), which it loads while the
// first analysis runs. `related` and `objects` stay: the reasoning uses them to link symptoms to
// causes and to tell IPAM events. An event entry with aliases keeps its first version: a renamed
// reason then tells which releases a paste comes from. Of the known bugs the engine gets what
// judging "known bug X, fixed in vA, you run vB" needs: the symptom, the pattern and the versions;
// reference-only bugs (never matched) and all their prose stay with the whole catalog.
import type { Catalog } from './types';
import { firstSentence } from './first-sentence';
import type { CatalogOverlay } from './overlay';

export function engineCatalog(c: Catalog): Catalog {
  return {
    version: c.version,
    // everything the reasoning reads stays (a new field too, by default); what only the reference and
    // the page's prose need is emptied
    entries: c.entries.map(({ eventReasons: _eventReasons, ...e }) => ({
      ...e,
      aliases: e.aliases.map((a) => ({ name: a.name, versions: a.versions })),
      versions: e.kind === 'event' && e.aliases.length > 0 && e.versions.first ? { first: e.versions.first } : {},
      match: e.match.map((v) => ({ ...v, examples: [] })),
      explanation: firstSentence(e.explanation),
      // the verdict's "do now" is the root's first sentence of fix
      fix: firstSentence(e.fix),
      source: [],
      seeAlso: [],
    })),
    knownBugs: c.knownBugs
      .filter((b) => !b.referenceOnly)
      .map((b) => ({
        id: b.id,
        title: b.title,
        ...(b.symptom ? { symptom: b.symptom } : {}),
        ...(b.pattern ? { pattern: b.pattern, literals: b.literals ?? [] } : {}),
        ...(b.flags ? { flags: b.flags } : {}),
        problem: '',
        workaround: '',
        fix: { commits: [], prs: [], source: [] },
        affected: b.affected,
        fixedIn: b.fixedIn,
        examples: [],
      })),
    // attribution needs names, owners, workloads, sources and fingerprints; the prose stays with the page
    producers: c.producers.map((p) => ({
      ...p,
      fingerprints: p.fingerprints.map((f) => ({ ...f, examples: [] })),
      explanation: firstSentence(p.explanation),
      nextChecks: p.nextChecks,
    })),
    causes: c.causes.map((x) => ({ ...x, examples: [] })),
    sop: c.sop,
  };
}

/** The part of a language's overlay the worker's slim catalog takes: the same fields engineCatalog keeps. */
export function engineOverlay(o: CatalogOverlay): CatalogOverlay {
  const slimEntries = Object.fromEntries(
    Object.entries(o.entries).map(([id, e]) => [
      id,
      { ...e, explanation: firstSentence(e.explanation), fix: '', keywords: [] },
    ]),
  );
  return {
    ...o,
    entries: slimEntries,
    knownBugs: Object.fromEntries(
      Object.entries(o.knownBugs).map(([id, b]) => [id, { title: b.title, problem: '', workaround: '' }]),
    ),
    producers: Object.fromEntries(
      Object.entries(o.producers).map(([id, p]) => [id, { ...p, explanation: firstSentence(p.explanation) }]),
    ),
  };
}
