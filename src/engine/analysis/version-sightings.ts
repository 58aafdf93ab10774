// Terway versions a paste shows on its lines, wherever they are: image references (describe's
// `Image:`, a pod or DaemonSet YAML's `image:`, `get ds -o wide`, `-o jsonpath='{..image}'`, kubelet's
// `Pulling image` events), the start-up banners that name the running binary (`terwayd/v1.5.6 (linux/amd64) …`
// from v1.4.4, `terway-controlplane/v1.17.5 (linux/amd64) …`, v1.0's `Starting terway of version: …`)
// and the inspect script's `version:` / `controlplane_version:` keys (the reasoning keeps those that
// lie inside an inspect-terway-cluster.sh record). Lines that never say `terway` or `version: v`
// cost two substring searches.
import { parseTerwayVersion } from '../version';
import type { TerwayComponent } from '../report';
import type { ScanLiteral } from '../match/literal-scanner';
import { trimEndMatching } from '../text/trim-end';
import { detached } from '../text/detached';

export interface VersionSighting {
  /** the version as the line spells it (`v1.17.5`, `v1.8.14.1-a6f4b5c-aliyun`) */
  version: string;
  /** whose version: the image or binary name says it; inspect keys say it inside their section */
  component: TerwayComponent;
  how: 'image' | 'banner' | 'inspect-key';
  line: number;
  /** the line, clipped: evidence when the versions disagree */
  text: string;
}

// `/acs/terway:v1.17.5`, `terway-controlplane:v1.17.5-1a2b3c4-aliyun`; the name stands alone (not `my-terway`)
const IMAGE = /(?:^|[^\w.-])terway(?<cp>-controlplane)?:(?<v>v\d{1,4}\.\d{1,4}\.\d{1,4}[\w.-]{0,80})/g;
// pkg/version: `<binary>/<version> (<os>/<arch>) <commit> <date>`
const BANNER = /\b(?:terwayd|terway-(?<cp>controlplane))\/(?<v>v\d{1,4}\.\d{1,4}\.\d{1,4}(?:\.\d{1,6})?) \(/;
// v1.0.x main.go: `Starting terway of version: %s` (an ACK build's version, or only a commit)
const LEGACY_BANNER = /\bStarting terway of version: (?<v>v\d{1,4}\.\d{1,4}\.\d{1,4}[\w.-]{0,80})/;
// inspect-terway-cluster.sh, section [terway]
const INSPECT_KEY = /^\s{0,8}(?<cp>controlplane_)?version: (?<v>v\d{1,4}\.\d{1,4}\.\d{1,4}[\w.-]{0,80})\s{0,8}$/;

/** One of these is on every line line() takes a version from: what a chunk-wide scan must find (LineGate). */
export const VERSION_LITERALS: readonly ScanLiteral[] = [
  'terway:',
  'terway-controlplane:',
  'terwayd/v',
  'terway-controlplane/v',
  'Starting terway',
  'version: v',
].map((text) => ({ text, ignoreCase: false }));

/** per way of showing a version: a YAML full of `version: v…` keys cannot crowd out the images */
const MAX_PER_HOW = 20;
const TEXT_CHARS = 4096;

export class VersionSightings {
  private readonly seen = new Set<string>();
  private readonly list: VersionSighting[] = [];
  private readonly counts = { image: 0, banner: 0, 'inspect-key': 0 };

  line(n: number, text: string): void {
    if (text.includes('terway')) {
      if (text.includes('terway:') || text.includes('terway-controlplane:'))
        for (const m of text.matchAll(IMAGE)) this.add(n, text, m.groups!['v']!, !!m.groups!['cp'], 'image');
      if (text.includes('terwayd/v') || text.includes('terway-controlplane/v')) {
        const m = BANNER.exec(text);
        if (m) this.add(n, text, m.groups!['v']!, !!m.groups!['cp'], 'banner');
      }
      const old = text.includes('Starting terway') ? LEGACY_BANNER.exec(text) : null;
      if (old) this.add(n, text, old.groups!['v']!, false, 'banner');
    } else if (text.includes('version: v')) {
      const m = INSPECT_KEY.exec(text);
      if (m) this.add(n, text, m.groups!['v']!, !!m.groups!['cp'], 'inspect-key');
    }
  }

  all(): VersionSighting[] {
    return [...this.list];
  }

  private add(line: number, text: string, raw: string, controlplane: boolean, how: VersionSighting['how']): void {
    // a sentence may end right after the tag
    const version = trimEndMatching(raw, /[.-]/);
    const v = parseTerwayVersion(version);
    // v0.0.0 is what a build without a tag reports
    if (!v || v.major + v.minor + v.patch === 0) return;
    const component: TerwayComponent = controlplane ? 'controlplane' : 'daemon';
    // the same version again says nothing new, except in another inspect record
    const key = `${component} ${how} ${version}${how === 'inspect-key' ? ` ${line}` : ''}`;
    if (this.seen.has(key) || this.counts[how] >= MAX_PER_HOW) return;
    this.seen.add(key);
    this.counts[how]++;
    this.list.push({ version, component, how, line, text: detached(text.slice(0, TEXT_CHARS)) });
  }
}
