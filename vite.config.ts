import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { references, shortCitation } from './src/content/references';

// Badges and citations print short names only: hand them the names, not the bibliography (citations.ts).
const citationLabels = Object.fromEntries(references.map((ref) => [ref.id, shortCitation(ref)]));

export default defineConfig({
	plugins: [sveltekit()],
	define: { __CITATION_LABELS__: JSON.stringify(citationLabels) },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					setupFiles: ['tests/unit/setup.ts'],
					// `npm run bench` times the models here; the browser benchmarks live in bench/browser.
					benchmark: { include: ['bench/models/**/*.bench.ts'] }
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts']
				}
			}
		]
	}
});
