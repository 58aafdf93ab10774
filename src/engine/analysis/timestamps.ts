// Times as pastes print them, read without inventing precision: a full date (RFC 3339, zap, logrus,
// JSON, containerd), a date without its year (klog `MMDD hh:mm:ss`, journald `Apr 16 22:26:30`, which the
// parsers write `MM-DDThh:mm:ss`), and kubectl's relative ages (`5m40s`, `3d4h`) that only an anchor
// turns into a time. Sort keys are milliseconds; a time without a zone is read as UTC, since nothing
// in the paste says otherwise.

export interface Stamp {
  /** a full date (`absolute`) or a month and day without the year (`no-year`) */
  kind: 'absolute' | 'no-year';
  /** milliseconds since the epoch; a year-less stamp is placed in the leap year 2000 */
  key: number;
  /** the time as printed, normalised to `YYYY-MM-DDThh:mm:ss[.f][zone]` or `MM-DDThh:mm:ss[.f]` */
  text: string;
  /** the fraction and zone as printed, kept when a year is added */
  rest: string;
}

const FULL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?$/;
const NO_YEAR = /^(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?$/;
/** the leap year a year-less stamp is ordered in, so that 02-29 exists */
const PLACEHOLDER_YEAR = 2000;

export function parseStamp(text: string): Stamp | undefined {
  const full = FULL.exec(text);
  if (full) {
    const [, y, mo, d, h, mi, s, frac = '', zone = ''] = full;
    const key = utc(+y!, +mo!, +d!, +h!, +mi!, +s!, frac) - zoneOffsetMs(zone);
    if (Number.isNaN(key)) return undefined;
    return { kind: 'absolute', key, text: `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${zone}`, rest: `${frac}${zone}` };
  }
  const short = NO_YEAR.exec(text);
  if (!short) return undefined;
  const [, mo, d, h, mi, s, frac = ''] = short;
  const key = utc(PLACEHOLDER_YEAR, +mo!, +d!, +h!, +mi!, +s!, frac);
  if (Number.isNaN(key)) return undefined;
  return { kind: 'no-year', key, text: `${mo}-${d}T${h}:${mi}:${s}${frac}`, rest: frac };
}

/** The year-less stamp in `year`: its key and text. */
export function withYear(s: Stamp, year: number): { key: number; text: string } {
  const month = s.text.slice(0, 2);
  const day = s.text.slice(3, 5);
  const clock = s.text.slice(6, 14);
  const [h, mi, sec] = clock.split(':').map(Number) as [number, number, number];
  return {
    key: utc(year, +month, +day, h, mi, sec, s.rest),
    text: `${year}-${month}-${day}T${clock}${s.rest}`,
  };
}

/** The UTC year of a key. */
export function yearOf(key: number): number {
  return new Date(key).getUTCFullYear();
}

export interface Age {
  seconds: number;
  /** the smallest unit printed, in seconds: `5m` is only known to the minute */
  unit: number;
}

const AGE = /^(?:(\d+)y)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
const UNITS = [365 * 86400, 86400, 3600, 60, 1];

/** A kubectl age (`5m40s`, `3d4h`, `0s`); undefined for `<unknown>`, `<invalid>` and anything else. */
export function parseAge(text: string): Age | undefined {
  const m = AGE.exec(text);
  if (!m || text.length === 0) return undefined;
  let seconds = 0;
  let unit = 0;
  for (let i = 0; i < UNITS.length; i++) {
    const v = m[i + 1];
    if (v === undefined) continue;
    seconds += Number(v) * UNITS[i]!;
    unit = UNITS[i]!;
  }
  return { seconds, unit };
}

/** `anchor − age`, printed only to the age's own unit (ISO 8601 reduced precision: `…T14:05Z` for `5m`), in UTC. */
export function anchoredText(anchorKey: number, age: Age): { key: number; text: string } {
  const key = anchorKey - age.seconds * 1000;
  const iso = new Date(key).toISOString(); // YYYY-MM-DDThh:mm:ss.sssZ
  if (age.unit >= 86400) return { key, text: iso.slice(0, 10) };
  const cut = age.unit >= 3600 ? 13 : age.unit >= 60 ? 16 : 19;
  return { key, text: `${iso.slice(0, cut)}Z` };
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, frac: string): number {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return NaN;
  const ms = frac ? Math.floor(Number(`0${frac}`) * 1000) : 0;
  return Date.UTC(y, mo - 1, d, h, mi, s, ms);
}

function zoneOffsetMs(zone: string): number {
  if (zone === '' || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}
