// Scores the engine on real pastes nobody on the team wrote (tests/fixtures/real): every fixture, front
// matter stripped, runs through analyze() and the CLI's JSON contract exactly as tests/engine/scenarios.test.ts
// does; each expectation key prints pass/FAIL (n/a where the engine has no answer yet), then the totals
// per failure class. It measures; it never fails the build.
//   npx tsx scripts/real-fixtures-score.ts [name-filter]
import { analyze } from '../src/engine/analyze';
import { CompiledCatalog } from '../src/engine/match/compiled-catalog';
import { loadCatalogFromDir } from '../src/node/load-catalog';
import { toJsonContract, type JsonReport } from '../src/engine/report-json';
import { SIDE_PRODUCERS, fixtureNames, readFixture, type RealFixture } from '../tests/fixtures/real/real-fixture';

type Outcome = 'pass' | 'FAIL' | 'n/a';

interface Scored {
  fixture: RealFixture;
  report: JsonReport;
  checks: [key: string, outcome: Outcome][];
}

function check(f: RealFixture, r: JsonReport): Scored['checks'] {
  const e = f.expect;
  const out: Scored['checks'] = [];
  const is = (ok: boolean): Outcome => (ok ? 'pass' : 'FAIL');
  if (e.terway) out.push(['terway', is(r.terway === e.terway)]);
  if (e.terwayIn) out.push(['terwayIn', is(e.terwayIn.includes(r.terway))]);
  if (e.verdict?.category) out.push(['verdict', is(r.verdict.category === e.verdict.category)]);
  if (e.verdictIn) out.push(['verdictIn', is(e.verdictIn.includes(r.verdict.category))]);
  if (e.rootSignal) {
    const root = r.findings.find((x) => x.id === r.verdict.rootCause);
    out.push(['rootSignal', is(!!root?.signal.includes(e.rootSignal))]);
  }
  if (e.signals) out.push(['signals', is(e.signals.every((s) => r.findings.some((x) => x.signal.includes(s))))]);
  // the JSON contract does not name a producer yet
  if (e.producer) out.push(['producer', 'n/a']);
  if (e.notNone) out.push(['notNone', is(r.verdict.category !== 'none')]);
  return out;
}

/** Terway blamed: the tool says Terway produced the paste, or calls it a Terway bug. */
function claimsTerway(r: JsonReport): boolean {
  return r.terway === 'involved' || r.verdict.category === 'terway-bug';
}

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const catalog = new CompiledCatalog(loadCatalogFromDir());
  const scored: Scored[] = [];
  for (const name of fixtureNames().filter((n) => n.includes(filter))) {
    const fixture = readFixture(name);
    const report = toJsonContract(await analyze([{ name, text: fixture.paste }], catalog));
    scored.push({ fixture, report, checks: check(fixture, report) });
  }

  const width = Math.max(...scored.map((s) => s.fixture.name.length));
  for (const { fixture, report, checks } of scored) {
    const root = report.findings.find((x) => x.id === report.verdict.rootCause)?.signal ?? '-';
    console.log(
      `${fixture.name.padEnd(width)}  ${checks.map(([k, o]) => `${k}:${o}`).join(' ')}` +
        `  | got terway=${report.terway} verdict=${report.verdict.category} root=${root} findings=${report.findings.length}`,
    );
  }

  const right = scored.filter((s) => s.checks.every(([, o]) => o !== 'FAIL'));
  const lookalikes = scored.filter((s) => s.fixture.front.lookalike === 'true');
  const blamed = lookalikes.filter((s) => claimsTerway(s.report));
  const side = scored.filter((s) => SIDE_PRODUCERS.includes(s.fixture.front.producer ?? ''));
  const unseen = side.filter((s) => s.report.terway !== 'involved');
  const errors = scored.filter((s) => s.fixture.expect.notNone);
  const silent = errors.filter((s) => s.report.verdict.category === 'none');
  const names = (list: Scored[]) => (list.length ? `  (${list.map((s) => s.fixture.name.slice(0, 2)).join(' ')})` : '');

  console.log('\ntotals');
  console.log(
    `  lookalikes where the tool claimed Terway:       ${blamed.length}/${lookalikes.length}${names(blamed)}`,
  );
  console.log(`  side-component pastes not recognised as Terway: ${unseen.length}/${side.length}${names(unseen)}`);
  console.log(`  error pastes judged none:                        ${silent.length}/${errors.length}${names(silent)}`);
  console.log(`  fixtures right / wrong:                          ${right.length} / ${scored.length - right.length}`);
  const keys = [...new Set(scored.flatMap((s) => s.checks.map(([k]) => k)))];
  for (const key of keys) {
    const outcomes = scored.flatMap((s) => s.checks.filter(([k]) => k === key).map(([, o]) => o));
    const passed = outcomes.filter((o) => o === 'pass').length;
    const na = outcomes.filter((o) => o === 'n/a').length;
    console.log(`  ${key.padEnd(10)} ${na ? `n/a on ${na}` : `${passed}/${outcomes.length} pass`}`);
  }
}

await main();
