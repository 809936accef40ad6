import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'test-results/', 'playwright-report/', 'bench-results/', '.tmp/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript already reports undefined names, and knows the DOM and Node globals better.
			'no-undef': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The player plays any scene; it never knows a particular one (scenes import the player, not back).
		files: ['src/lib/player/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['$lib/scenes/*', '../scenes/*'], message: 'The player does not know the scenes.' }
					]
				}
			]
		}
	},
	{
		// The physiology models are plain numbers in, numbers out: no UI, animation or DOM library.
		files: ['src/lib/physiology/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'Models stay free of Svelte (DESIGN.md).' },
						{ group: ['gsap', 'gsap/*'], message: 'Models stay free of GSAP: GSAP drives time, not truth.' },
						{ group: ['d3-selection', 'd3'], message: 'Models may use d3-array maths, never the DOM.' },
						{ group: ['$app/*', '$lib/components/*', '$lib/scenes/*'], message: 'Models do not know the UI.' }
					]
				}
			],
			'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage']
		}
	}
);
