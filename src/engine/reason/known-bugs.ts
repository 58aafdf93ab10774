// Known bugs behind the findings: a finding whose entry is a bug's symptom (and whose lines match the
// bug's narrower pattern when it has one) is judged on the Terway version the paste shows — the
// version has the bug (upgrade to the release that fixed it), has the fix (not this bug), or the
// paste cannot tell (and then says what to paste).
import type { Collected } from '../analysis/collector';
import type { CompiledCatalog, CompiledKnownBug } from '../match/compiled-catalog';
import type { Finding, KnownBugMatch, PasteNext, TerwayComponent } from '../report';
import { compareVersions, knownBugRangeVerdict, knownBugVerdict, releaseLine, upgradeTarget } from '../version';
import { publicVersion, versionFor, type SeenVersion, type TerwayVersions } from './version-facts';
import { msg } from '../messages';
import { listOf } from '../text/joins';

/** What settles "which Terway is this": the image of every container of the DaemonSet. */
export const VERSION_COMMAND = "kubectl get ds -n kube-system terway-eniip -o jsonpath='{..image}'";

/** Each finding with the known bugs it shows, judged on the version of the component that writes it. */
export function withKnownBugs(
  findings: readonly Finding[],
  c: Collected,
  catalog: CompiledCatalog,
  versions: TerwayVersions,
): Finding[] {
  return findings.map((f) => {
    const bugs = catalog.knownBugs.filter((k) => k.bug.symptom === f.id && showsBug(k, f, c));
    if (bugs.length === 0) return f;
    const component: TerwayComponent = catalog.byId.get(f.id)?.component.startsWith('terway-controlplane')
      ? 'controlplane'
      : 'daemon';
    const version = versionFor(versions, component);
    return { ...f, knownBugs: bugs.map((k) => judge(k, version)) };
  });
}

/** Ask for the version when the verdict's known bug is open and only an exact version can settle it. */
export function versionAsk(bug: KnownBugMatch | undefined): PasteNext | undefined {
  return bug?.verdict === 'unknown' && (!bug.version || bug.version.range)
    ? { what: msg('knownBug.ask.what'), command: VERSION_COMMAND, why: msg('knownBug.ask.why', { title: bug.title }) }
    : undefined;
}

/** The bug's pattern on the finding's lines, and on the whole message of an event whose row it kept. */
function showsBug(k: CompiledKnownBug, f: Finding, c: Collected): boolean {
  const re = k.regex;
  if (!re) return true;
  if (f.evidence.some((e) => re.test(e.text))) return true;
  // a YAML or JSON event's first line is not its message
  const lines = new Set(f.evidence.map((e) => e.line));
  return c.events.some((e) => lines.has(e.lines.start) && re.test(e.message));
}

function judge(k: CompiledKnownBug, version: SeenVersion | undefined): KnownBugMatch {
  const bug = k.bug;
  const fixedIn = bug.fixedIn.map((f) => f.tag);
  const base = { id: bug.id, title: bug.title, affected: bug.affected, fixedIn };
  const vars = {
    title: bug.title,
    first: bug.affected.first,
    last: bug.affected.last,
    fixedIn: fixedIn.length > 0 ? listOf(fixedIn) : msg('knownBug.fixedIn.none'),
  };
  const fact = version ? { version: publicVersion(version) } : {};
  if (!version)
    return {
      ...base,
      verdict: 'unknown',
      summary: msg('knownBug.unknown.noVersion', { ...vars, command: VERSION_COMMAND }),
    };
  if (version.range) {
    const verdict = knownBugRangeVerdict(bug, version.range);
    // a span that has the bug throughout is fixed for all of it by the fix above its last release
    const upgradeTo =
      verdict === 'affected' && 'last' in version.range ? upgradeTarget(bug, version.range.last) : undefined;
    const shown = { ...vars, range: version.value, name: version.eventName ?? '' };
    const summary =
      verdict === 'affected'
        ? msg('knownBug.affected.range', {
            ...shown,
            fix: upgradeTo ? msg('knownBug.fix.upgrade', { tag: upgradeTo }) : msg('knownBug.fix.none'),
          })
        : msg(verdict === 'fixed' ? 'knownBug.fixed.range' : 'knownBug.unknown.range', {
            ...shown,
            command: VERSION_COMMAND,
          });
    return { ...base, ...fact, verdict, ...(upgradeTo ? { upgradeTo } : {}), summary };
  }
  const verdict = knownBugVerdict(bug, version.value);
  const older = compareVersions(version.value, bug.affected.first) < 0;
  const upgradeTo = verdict === 'fixed' || older ? undefined : upgradeTarget(bug, version.value);
  const summary = sentence(bug, verdict, older, { ...vars, version: version.value }, upgradeTo);
  return { ...base, ...fact, verdict, ...(upgradeTo ? { upgradeTo } : {}), summary };
}

/** What the verdict on an exact version means: upgrade to where, not this bug, or why it cannot tell. */
function sentence(
  bug: CompiledKnownBug['bug'],
  verdict: KnownBugMatch['verdict'],
  older: boolean,
  vars: Record<string, string>,
  upgradeTo: string | undefined,
): string {
  const line = releaseLine(vars['version']!)!;
  const ownFix = bug.fixedIn.find((f) => releaseLine(f.tag) === line);
  if (verdict === 'fixed') return msg('knownBug.fixed', vars);
  if (verdict === 'affected') {
    if (!upgradeTo) return msg('knownBug.affected.unfixed', vars);
    const where = ownFix?.tag === upgradeTo ? 'knownBug.fix.onLine' : 'knownBug.fix.newerLine';
    return msg('knownBug.affected', { ...vars, fix: msg(where, { ...vars, tag: upgradeTo, line }) });
  }
  if (older) return msg('knownBug.older', vars);
  if (ownFix && upgradeTo === ownFix.tag) return msg('knownBug.unknown.build', { ...vars, tag: ownFix.tag, line });
  return msg('knownBug.unknown.line', vars);
}
