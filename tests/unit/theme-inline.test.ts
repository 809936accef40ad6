import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config, { themeScriptHash } from '../../svelte.config.js';

// The theme's script runs inline, before the first paint, on every page; the Content-Security-Policy lets
// no inline script run but one with its hash. A changed script with a stale hash would leave every reader in
// the system's theme, silently: the browser only logs the refusal.
describe("the theme's inline script and the policy that allows it", () => {
	const script = readFileSync('src/lib/theme/before-paint.js', 'utf8');

	it('is allowed by its own hash, and by nothing looser', () => {
		const hash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
		expect(themeScriptHash).toBe(hash);
		const scriptSrc = config.kit?.csp?.directives?.['script-src'] ?? [];
		expect(scriptSrc).toContain(hash);
		expect(scriptSrc).not.toContain('unsafe-inline');
	});

	it("has its place in every page's <head>, before the page's styles (app.html)", () => {
		const app = readFileSync('src/app.html', 'utf8');
		const place = app.indexOf('<!--theme-before-paint-->');
		expect(place).toBeGreaterThan(app.indexOf('<head>'));
		expect(place).toBeLessThan(app.indexOf('%sveltekit.head%'));
	});
});
