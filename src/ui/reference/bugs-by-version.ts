// "What does upgrading from vX fix?": the known bugs a version has, each with the release that
// fixes it on its line or above it, those the data cannot settle for it (an ACK build between a
// line's last affected tag and its fix), and, given a target, which of them the target fixes.
import {
  compareVersions,
  knownBugVerdict,
  parseTerwayVersion,
  releaseLine,
  upgradeTarget,
  type KnownBug,
} from '../../engine/index';

export interface BugFix {
  bug: KnownBug;
  /** the release that brings the fix to the version; absent while no release has it */
  upgradeTo?: string;
  /** that release is on the version's own release line */
  ownLine: boolean;
}

export interface BugsAtVersion {
  /** the version as typed, cleaned of an image reference around it */
  version: string;
  /** the bugs it has, the soonest fix first */
  affected: BugFix[];
  /** bugs it may or may not have */
  unsure: KnownBug[];
  /** with a target: the affected bugs the target has the fix for, and those it still has */
  target?: { version: string; fixed: BugFix[]; remaining: BugFix[]; unsure: BugFix[] };
}

/** undefined when `from` (or a given `to`) is no Terway version */
export function bugsAtVersion(bugs: readonly KnownBug[], from: string, to = ''): BugsAtVersion | undefined {
  const version = versionText(from);
  const target = to.trim() ? versionText(to) : '';
  if (!version || target === undefined) return undefined;
  const affected: BugFix[] = [];
  const unsure: KnownBug[] = [];
  for (const bug of bugs) {
    const verdict = knownBugVerdict(bug, version);
    if (verdict === 'affected') {
      const upgradeTo = upgradeTarget(bug, version);
      affected.push({
        bug,
        ...(upgradeTo ? { upgradeTo } : {}),
        ownLine: !!upgradeTo && releaseLine(upgradeTo) === releaseLine(version),
      });
    } else if (verdict === 'unknown' && compareVersions(version, bug.affected.first) >= 0) unsure.push(bug);
  }
  affected.sort(
    (a, b) =>
      Number(!a.upgradeTo) - Number(!b.upgradeTo) ||
      (a.upgradeTo && b.upgradeTo ? compareVersions(a.upgradeTo, b.upgradeTo) : 0),
  );
  const out: BugsAtVersion = { version, affected, unsure };
  if (target) {
    const at = (f: BugFix) => knownBugVerdict(f.bug, target);
    out.target = {
      version: target,
      fixed: affected.filter((f) => at(f) === 'fixed'),
      remaining: affected.filter((f) => at(f) === 'affected'),
      unsure: affected.filter((f) => at(f) === 'unknown'),
    };
  }
  return out;
}

/** The known bugs each catalog entry is the symptom of. */
export function bugsBySymptom(bugs: readonly KnownBug[]): ReadonlyMap<string, KnownBug[]> {
  const map = new Map<string, KnownBug[]>();
  for (const b of bugs) if (b.symptom) map.set(b.symptom, [...(map.get(b.symptom) ?? []), b]);
  return map;
}

/** `v1.12.3`, `1.12.3`, an ACK build or an image reference → the version's own text */
function versionText(text: string): string | undefined {
  if (!parseTerwayVersion(text)) return undefined;
  const image = text.trim().split('@')[0]!;
  const tag = image.slice(image.lastIndexOf(':') + 1);
  return tag.startsWith('v') ? tag : `v${tag}`;
}
