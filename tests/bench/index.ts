import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { booksBench } from './books-bench';
import { importBench } from './import-bench';
import { printTable, type Figure } from './measure';

/** `npm run bench [-- --size small|large]`: prints one table and writes bench-results/latest.json. */
const SIZES = {
  small: { vouchers: 10_000, tbLines: 100_000, members: 2_000, importRows: 2_000 },
  large: { vouchers: 100_000, tbLines: 1_000_000, members: 20_000, importRows: 20_000 },
} as const;

const arg = process.argv.indexOf('--size');
const size = (arg >= 0 ? process.argv[arg + 1] : 'large') as keyof typeof SIZES;
if (!(size in SIZES)) {
  console.error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  process.exit(2);
}
const dir = join(tmpdir(), 'union-ledger-bench');
mkdirSync(dir, { recursive: true });

async function main(): Promise<void> {
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const figures: Figure[] = [...booksBench(dir, SIZES[size]), ...(await importBench(dir, SIZES[size].importRows))];
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

  console.log(
    `\nUnion Ledger bench — size ${size} — ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
  );
  printTable(figures);
  console.log(`\npeak memory (RSS): ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    join('bench-results', 'latest.json'),
    JSON.stringify({ size, node: process.version, peakRssBytes: peakRss, figures }, null, 2),
  );
  console.log('written: bench-results/latest.json');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
