import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { score, type QuestionSet } from './metrics.ts';

// Runs every retrieval set through the real `ask --json` batch mode (the path shared/eval/score.mjs and the bot
// use) and prints the figures and the misses. Usage: npm run eval [-- SET.json ...] [--quiet]
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const named = args.filter((a) => !a.startsWith('--'));
const sets = named.length
  ? named
  : [
      'eval/seeds-questions.json',
      'eval/seeds-blind.json',
      'eval/seeds-blind-2.json',
      'eval/seeds-blind-3.json',
      'eval/seeds-blind-4.json',
      'eval/seeds-blind-5.json',
      'eval/seeds-blind-6.json',
      'eval/seeds-blind-7.json',
      'eval/seeds-blind-8.json',
      'eval/seeds-blind-9.json',
      'eval/seeds-blind-10.json',
      'eval/seeds-blind-11.json',
      'eval/seeds-blind-12.json',
      'eval/seeds-paraphrase.json',
      'eval/seeds-typos.json',
      'eval/sotu-questions.json',
      'eval/sotu-blind.json',
      'eval/sotu-blind-2.json',
      'eval/sotu-blind-3.json',
      'eval/sotu-blind-4.json',
      'eval/sotu-blind-5.json',
      'eval/sotu-blind-6.json',
      'eval/sotu-blind-7.json',
      'eval/sotu-blind-8.json',
      'eval/sotu-blind-9.json',
      'eval/sotu-blind-10.json',
      'eval/sotu-blind-11.json',
      'eval/sotu-blind-12.json',
      'eval/sotu-typos.json',
      // The team's public dev set lives beside the checkout when it is there.
      '../shared/eval/dev-questions.json',
    ].filter((file) => existsSync(path.resolve(root, file)));

let failed = false;
for (const file of sets) {
  const set = JSON.parse(readFileSync(path.resolve(root, file), 'utf8')) as QuestionSet;
  const queries = [...set.questions.map((q) => q.q), ...set.negatives, ...(set.near_negatives ?? [])];
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/ask.ts', '--json', '--top', '5', '--seeds', set.corpus ?? 'seeds'],
    { cwd: root, input: `${queries.join('\n')}\n`, encoding: 'utf8', maxBuffer: 256 << 20 },
  );
  if (run.status !== 0) {
    console.log(`${file}: ask exited ${run.status}: ${run.stderr.slice(-300)}`);
    failed = true;
    continue;
  }
  const lines = run.stdout.split('\n').filter((line) => line.startsWith('{'));
  const answers = lines.map((line) => (JSON.parse(line) as { results: [] }).results);
  const f = score(set, answers);
  const near = f.near ? ` near-misses refused ${f.nearRefused}/${f.near}` : '';
  console.log(
    `${file}: hit@1 ${f.hit1.toFixed(2)} hit@3 ${f.hit3.toFixed(2)} MRR ${f.mrr.toFixed(3)} ` +
      `excerpt-has-answer ${f.excerptHasAnswer.toFixed(2)} negatives refused ${f.negativesRefused}/${f.negatives}` +
      `${near} (${set.questions.length} questions, ${queries.length} queries, ${Date.now() - started} ms)`,
  );
  // A pasted essay is a legitimate question; its first 200 characters name it well enough.
  if (!quiet)
    for (const miss of f.misses) console.log(`  ${miss.length > 200 ? `${miss.slice(0, 200)}…` : miss}`);
  if (lines.length !== queries.length) {
    console.log(`  expected ${queries.length} JSON lines, got ${lines.length}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
