/**
 * `npm run bench`: prints the speed and size figures the issues ask for, as JSON.
 * Each feature adds its own module under scripts/bench/. Figures, not pass/fail: the
 * targets are read by people (see docs/ARCHITECTURE.md), not asserted in tests.
 */
import { benchExchange } from './bench/exchange';
import { benchDocxLimits } from './bench/docx-limits';
import { benchExport } from './bench/export';
import { benchFoundation } from './bench/foundation';
import { benchImport } from './bench/import';
import { benchJobs } from './bench/jobs';
import { benchCityScale, benchOneCommune } from './bench/search-tasks';

const only = process.argv[2];
const suites: Record<string, () => Promise<Record<string, unknown>>> = {
  foundation: benchFoundation,
  export: benchExport,
  import: benchImport,
  docxLimits: benchDocxLimits,
  commune10Years: benchOneCommune,
  cityScale: benchCityScale,
  exchange: benchExchange,
  jobs: benchJobs,
};

const report: Record<string, unknown> = {
  machine: { node: process.versions.node, platform: process.platform, arch: process.arch },
  at: new Date().toISOString(),
};
for (const [name, run] of Object.entries(suites)) {
  if (only && only !== name) continue;
  const t0 = Date.now();
  report[name] = await run();
  process.stderr.write(`[bench] ${name} xong sau ${Date.now() - t0} ms\n`);
}
console.log(JSON.stringify(report, null, 2));
