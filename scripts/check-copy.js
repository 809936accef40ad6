#!/usr/bin/env node
// Runs the seed copy check (../shared/tools/seed-copy-check.mjs) on src and static: every sentence of the
// site must be our own, facts carry over from the two source articles, sentences do not. The checker and
// the articles live beside the repository, not in it: where they are absent (a fresh clone elsewhere),
// this step says so and is skipped; everything else in `npm test` still runs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const checker = fileURLToPath(new URL('../../shared/tools/seed-copy-check.mjs', import.meta.url));

if (!existsSync(checker)) {
	console.log(
		`check:copy skipped: ${checker} is absent (../shared sits beside the repository, not in it), ` +
			'so the site text cannot be compared with the source articles here.'
	);
	process.exit(0);
}

const { status } = spawnSync(process.execPath, [checker, 'src', 'static'], { stdio: 'inherit' });
process.exit(status ?? 1);
