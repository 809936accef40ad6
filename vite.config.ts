import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { references, shortCitation } from './src/content/references';
import { studyKindOf } from './src/content/study-kinds';
import { paletteCss, type Palettes } from './src/lib/theme/palette-css';
import { skipDynamicFacades } from './vite-plugins/skip-dynamic-facades';

// Badges and citations print short names only: hand them the names, not the bibliography (citations.ts).
const citationLabels = Object.fromEntries(references.map((ref) => [ref.id, shortCitation(ref)]));
// A badge's sheet says what each reference is in one line ("Randomised trial, 60 wrists"), which links to what
// that kind of study means (src/content/study-kinds.ts): those lines and kinds only, one table per language
// (src/lib/evidence/studies.ts).
const referenceStudies = (lang: 'fr' | 'en') =>
	Object.fromEntries(
		references.flatMap((ref) =>
			ref.study ? [[ref.id, { line: ref.study[lang], kind: studyKindOf(ref.study.fr)?.id }]] : []
		)
	);

/**
 * The script of island pages (src/lib/islands/boot.ts), built with the site's client code so that it shares
 * its chunks (Svelte's runtime, the words, the figures), under a fixed name the prerendered pages' inline
 * starter imports once they have painted (src/lib/islands/start.js). SvelteKit's own client is not part of it.
 */
function islandsEntry(): Plugin {
	let client = false;
	return {
		name: 'islands-entry',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr;
		},
		buildStart() {
			if (client)
				this.emitFile({ type: 'chunk', id: 'src/lib/islands/boot.ts', fileName: '_app/islands.js' });
		}
	};
}

/**
 * The themes' colours, written as data (src/lib/styles/palettes.json, src/lib/figure/palettes.json), served
 * as one stylesheet, `virtual:palettes.css` (src/lib/theme/palette-css.ts), which the root layout imports.
 */
function palettesStylesheet(): Plugin {
	const files = ['src/lib/styles/palettes.json', 'src/lib/figure/palettes.json'];
	const id = '\0virtual:palettes.css';
	let root = process.cwd();
	return {
		name: 'palettes-stylesheet',
		configResolved(config) {
			root = config.root;
		},
		resolveId: (source) => (source === 'virtual:palettes.css' ? id : undefined),
		load(loaded) {
			if (loaded !== id) return;
			return files
				.map((file) => {
					const path = join(root, file);
					this.addWatchFile(path);
					return paletteCss(JSON.parse(readFileSync(path, 'utf8')) as Palettes, file);
				})
				.join('\n');
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), islandsEntry(), palettesStylesheet(), skipDynamicFacades()],
	define: {
		// the same base path as svelte.config.js, for code that runs without SvelteKit's client (i18n/resolve-route.ts)
		__BASE_PATH__: JSON.stringify(process.env.BASE_PATH ?? ''),
		__CITATION_LABELS__: JSON.stringify(citationLabels),
		// the sources written in French: named as such on English pages, and read with a French voice
		__FRENCH_SOURCES__: JSON.stringify(references.filter((ref) => ref.lang === 'fr').map((ref) => ref.id)),
		// the article English puts before an organisation's initials ("claim made by the SIHP")
		__ENGLISH_ARTICLES__: JSON.stringify(
			Object.fromEntries(references.flatMap((ref) => (ref.article ? [[ref.id, ref.article.en]] : [])))
		),
		__REFERENCE_STUDIES_FR__: JSON.stringify(referenceStudies('fr')),
		__REFERENCE_STUDIES_EN__: JSON.stringify(referenceStudies('en'))
	},
	// A catalogue is read whole (messages(lang).key), never by named import: JSON modules as one
	// JSON.parse("…") each, which is smaller and faster to parse than a module of 120 exports.
	json: { stringify: true, namedExports: false },
	build: {
		// The CSS for Safari and iOS 15 too: by default (Safari 16.4) the minifier rewrote every
		// `(max-width: 40rem)` as `(width<=40rem)`, which older Safari drops, and with it every phone layout.
		cssTarget: ['chrome100', 'edge100', 'firefox100', 'safari15', 'ios15'],
		rolldownOptions: {
			output: {
				// Fewer, larger files for what every page runs: on a phone's slow link each request costs a round
				// trip before the page can hydrate. Svelte's runtime comes as one file, SvelteKit's client (which
				// island pages do not load) as another, and the site's own small shared modules (words, paths,
				// evidence levels) as a third. Code that only some pages or a woken figure need (d3, GSAP, the
				// scenes) keeps its own lazy chunks.
				codeSplitting: {
					groups: [
						{ name: 'svelte', test: /node_modules[\\/](svelte|esm-env|clsx)[\\/]/ },
						{ name: 'kit', test: /node_modules[\\/](@sveltejs[\\/]kit|devalue)[\\/]/ },
						// every figure's step list (steps.json, a few dozen bytes each): the consultation's builder and
						// address read all six, which as six files cost more in their wrapping than in their words
						{ name: 'steps', test: /src[\\/]lib[\\/]scenes[\\/][\w-]+[\\/]steps\.json$/ },
						{
							// and the longest-word count, which the header uses on every page, and the questions too:
							// in a chunk of its own it was one more request on every page (and Object.hasOwn's stand-in).
							// With them, the few-line modules every island page starts with (the address, the keys pressed
							// early, the wake-when-near, the island context, focus leaving, reading stored JSON): six files
							// of 100 to 330 bytes each, whose imports and exports weighed as much as their code.
							name: 'shared',
							test: /src[\\/](lib[\\/]((i18n|evidence)[\\/][\w-]+|text[\\/](longest-word|json-object)|compat[\\/]has-own|address[\\/]here\.svelte|islands[\\/](early-keys|when-near|context)|a11y[\\/]focus-left)|content[\\/](sources|lookup))\.ts$/
						}
					]
				}
			}
		}
	},
	test: {
		// one worker a core: Vitest's default leaves one core to the machine, which on two cores ran the files
		// one at a time (81 s; 54 s on both)
		maxWorkers: '100%',
		// a property test walks 40 cases in about a second alone; with a worker on each core and a browser
		// beside them it took over Vitest's 5 s default
		testTimeout: 15_000,
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
