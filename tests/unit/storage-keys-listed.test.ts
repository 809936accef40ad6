import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '$lib/i18n/languages';
import { pageSlugs } from '$lib/i18n/pages';

// The About page lists everything the site keeps in the browser, each with how long (privacy review D4). Each
// item names the storage keys it covers (`data-kept="key other-key"`; a key ending in ":" covers every key it
// begins); this reads every key src/ writes (each `.setItem(` call, its key followed to the constant or the
// function that makes it) and fails when one is missing from the list in either language, or when the list
// names a key nothing writes any more: the list cannot drift from what the code keeps.

const sourceFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(entry.name) && !/\.test\./.test(entry.name) ? [path] : [];
	});

const escaped = (name: string) => name.replace(/[$]/g, '\\$');

/** The file an import of `name` in `file` comes from, if there is one. */
function importedFrom(name: string, file: string, text: string): string | undefined {
	const from = [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)].find(([, names]) =>
		names!.split(',').some(
			(each) =>
				each
					.trim()
					.split(/\s+as\s+/)
					.pop() === name
		)
	)?.[2];
	if (!from) return undefined;
	const base = from.startsWith('$lib/') ? join('src/lib', from.slice(5)) : join(dirname(file), from);
	return [base, `${base}.ts`, `${base}.js`, `${base}.svelte.ts`].find(
		(path) => existsSync(path) && !path.endsWith('/')
	);
}

/**
 * The key (or the key's fixed beginning, for a key made with a template) that `expression` gives in `file`:
 * a string, a template, a constant of the file or one it imports, a call of a function that returns one.
 */
function keyOf(expression: string, file: string): string {
	const text = readFileSync(file, 'utf8');
	const expr = expression.trim();
	const string = /^(['"])(.*)\1$/.exec(expr);
	if (string) return string[2]!;
	const template = /^`([^`]*)`$/.exec(expr);
	if (template) {
		const [head, ...rest] = template[1]!.split(/\$\{([^}]*)\}/);
		// `${PREFIX}${page}`: the constant, then what follows it up to the next variable part
		if (head === '' && rest.length) return keyOf(rest[0]!, file) + (rest[1] ?? '');
		return head!;
	}
	const call = /^([\w$]+)\(.*\)$/.exec(expr);
	const name = call ? call[1]! : /^[\w$]+$/.test(expr) ? expr : undefined;
	if (!name) throw new Error(`${file}: cannot read the storage key ${expr}`);
	const defined = call
		? new RegExp(`(?:const|let|var)\\s+${escaped(name)}\\s*=\\s*\\([^)]*\\)\\s*=>\\s*([^;\\n]+)`).exec(text)
		: new RegExp(`(?:const|let|var)\\s+${escaped(name)}\\s*(?::[^=]+)?=\\s*([^;\\n]+)`).exec(text);
	if (defined) return keyOf(defined[1]!, file);
	const source = importedFrom(name, file, text);
	if (source) return keyOf(expr, source);
	throw new Error(`${file}: cannot follow the storage key ${expr}`);
}

/** Every key src/ writes to localStorage or sessionStorage, with the file that writes it. */
const written = sourceFiles('src').flatMap((file) =>
	[...readFileSync(file, 'utf8').matchAll(/\.setItem\(\s*([^,]+?)\s*,/g)].map((m) => ({
		file,
		key: keyOf(m[1]!, file)
	}))
);
const keys = [...new Set(written.map(({ key }) => key))].sort();

/** The keys the About page's "kept in your browser" list names, in each language. */
const listed = languages.map((lang) => {
	const text = readFileSync(join('src/content', lang, `${pageSlugs.about[lang]}.md`), 'utf8');
	return {
		lang,
		keys: [...text.matchAll(/\bdata-kept="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/).filter(Boolean))
	};
});

const covers = (entry: string, key: string) =>
	entry === key || (entry.endsWith(':') && key.startsWith(entry));

describe('the About page’s list of what the site keeps in the browser', () => {
	it('finds the keys the site writes (the reader of src/ still works)', () => {
		expect(keys).toEqual(
			expect.arrayContaining(['decision-answers-v1', 'dose-calculator-v1', 'membrane-lab-runs:'])
		);
		expect(keys.length).toBeGreaterThanOrEqual(9);
	});

	it.each(listed)('names every key src/ writes ($lang)', ({ keys: entries }) => {
		const missing = written.filter(({ key }) => !entries.some((entry) => covers(entry, key)));
		expect(missing).toEqual([]);
	});

	it.each(listed)('names no key src/ no longer writes ($lang)', ({ keys: entries }) => {
		expect(entries.filter((entry) => !keys.some((key) => covers(entry, key)))).toEqual([]);
	});
});
