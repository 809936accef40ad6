import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as physiology from '$lib/physiology';

const folder = join(import.meta.dirname, '../../../src/lib/physiology');

describe('the physiology folder', () => {
	it('offers every model through index.ts', () => {
		for (const name of [
			'nernst',
			'ghk',
			'trpv1Response',
			'k2pState',
			'k2pTrace',
			'next',
			'simulatePumpLeak',
			'cushionSeries',
			'glucoseGrams',
			'integrate',
			'createRng'
		]) {
			expect(typeof (physiology as Record<string, unknown>)[name], name).toBe('function');
		}
	});
	it('imports nothing but its own modules (no Svelte, GSAP, D3 or DOM in the models)', () => {
		const files = readdirSync(folder).filter((f) => f.endsWith('.ts'));
		expect(files.length).toBeGreaterThan(10);
		for (const file of files) {
			const source = readFileSync(join(folder, file), 'utf8');
			for (const [, from] of source.matchAll(/\bfrom\s+'([^']+)'/g))
				expect(from, `${file} imports ${from}`).toMatch(/^\.\//);
			expect(source, file).not.toMatch(/\b(window|document|navigator|localStorage)\./);
		}
	});
	it('keeps each file under 300 lines', () => {
		for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
			expect(readFileSync(join(folder, file), 'utf8').split('\n').length, file).toBeLessThanOrEqual(300);
		}
	});
});
