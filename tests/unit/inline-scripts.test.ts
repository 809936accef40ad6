import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config, { islandsStarterHash, themeScriptHash } from '../../svelte.config.js';

// Two scripts run inline: the theme's, before the first paint, on every page, and the islands' starter on
// pages with islands. The Content-Security-Policy lets no inline script run but one with its hash. A changed
// script with a stale hash would fail silently (the browser only logs the refusal): every reader left in the
// system's theme, or every figure and control left inert.
describe.each([
	{ name: "the theme's script", file: 'src/lib/theme/before-paint.js', exported: themeScriptHash },
	{ name: "the islands' starter", file: 'src/lib/islands/start.js', exported: islandsStarterHash }
])('$name, inline, and the policy that allows it', ({ file, exported }) => {
	it('is allowed by its own hash, and by nothing looser', () => {
		const hash = `sha256-${createHash('sha256').update(readFileSync(file, 'utf8')).digest('base64')}`;
		expect(exported).toBe(hash);
		const scriptSrc = config.kit?.csp?.directives?.['script-src'] ?? [];
		expect(scriptSrc).toContain(hash);
		expect(scriptSrc).not.toContain('unsafe-inline');
	});
});

describe("the theme's inline script", () => {
	it("has its place in every page's <head>, before the page's styles (app.html)", () => {
		const app = readFileSync('src/app.html', 'utf8');
		const place = app.indexOf('<!--theme-before-paint-->');
		expect(place).toBeGreaterThan(app.indexOf('<head>'));
		expect(place).toBeLessThan(app.indexOf('%sveltekit.head%'));
	});
});
