import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A hospital's or a patient's older browser (Safari before 15.4, Chrome before 92) lacks a few recent
// methods; a page that calls one stops where it does (a lab that never starts, a number typed with a comma
// that throws). The site writes the older form: `.replace(/x/g, …)`, `[length - 1]`, a loop. This reads every
// source file the pages run (not the tests, nor comments) and fails on a call to one of them.

const sourceFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(entry.name) && !/\.test\./.test(entry.name) ? [path] : [];
	});

const RECENT = [
	['replaceAll', /\.replaceAll\(/],
	['at', /\.at\(/],
	['findLast / findLastIndex', /\.findLast(?:Index)?\(/],
	['structuredClone', /\bstructuredClone\(/],
	['toSorted / toReversed / toSpliced', /\.to(?:Sorted|Reversed|Spliced)\(/],
	['Object.hasOwn', /\bObject\.hasOwn\(/]
] as const;

/** the file's code without its comments (a comment may name a method to say why it is not used) */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('the pages call no method an older browser lacks', () => {
	// what runs at build only (server files, the Markdown plugins) runs in Node
	const files = sourceFiles('src').filter(
		(file) => !file.endsWith('.server.ts') && !file.startsWith(join('src', 'lib', 'markdown'))
	);
	it.each(RECENT)('%s', (_name, pattern) => {
		const calling = files.filter((file) => pattern.test(code(readFileSync(file, 'utf8'))));
		expect(calling).toEqual([]);
	});
});
