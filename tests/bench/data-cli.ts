import { resolve } from 'node:path';
import { BENCH_SIZES, type BenchSize } from './generate';
import { argValue, generateFile } from './data';

/** `npm run bench:data -- --members 20000 --years 5 --seed 1 [--out file]` or `-- --size large`. */
function main(): void {
  const size = argValue('size') as BenchSize | undefined;
  if (size && !(size in BENCH_SIZES)) {
    console.error(`--size must be one of ${Object.keys(BENCH_SIZES).join(', ')}`);
    process.exit(2);
  }
  const preset = BENCH_SIZES[size ?? 'large'];
  const members = Number(argValue('members') ?? preset.members);
  const years = Number(argValue('years') ?? preset.years);
  const seed = Number(argValue('seed') ?? 1);
  if (![members, years, seed].every((n) => Number.isInteger(n) && n > 0) || years > 20) {
    console.error('--members, --years (≤ 20) and --seed must be positive whole numbers');
    process.exit(2);
  }
  const out = argValue('out');
  const { file, summary, ms } = generateFile(members, years, seed, out ? resolve(out) : undefined);
  const { breaches, ...totals } = summary;
  console.log(JSON.stringify(totals, null, 2));
  console.log(`seeded breaches: ${breaches.map((b) => b.rule).join(' ')}`);
  console.log(`written ${file} in ${(ms / 1000).toFixed(1)} s`);
}

main();
