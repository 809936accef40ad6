import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { paintFirst } from '$lib/server/paint-first';

// A prerendered page as SvelteKit writes it: a CSP <meta> with the boot script's hash, modulepreload links
// in the head, and the boot script that imports the app.
const boot = `
	{
		__sveltekit_x = { base: "" };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("/_app/immutable/entry/start.js"),
			import("/_app/immutable/entry/app.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 2] });
		});
	}
`;
const hash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
const page = `<html><head>
<meta http-equiv="content-security-policy" content="script-src 'self' ${hash(boot)}; style-src 'self'">
<link href="/_app/immutable/entry/start.js" rel="modulepreload">
<link href="/_app/immutable/chunks/runtime.js" rel="modulepreload">
</head><body><div><p>Text</p><script>${boot}</script></div></body></html>`;

describe('paint first, then hydrate', () => {
	const out = paintFirst(page);
	const script = /<script>([\s\S]*?)<\/script>/.exec(out)![1]!;

	it('takes the modulepreload links out of the head, and has the boot script add them back', () => {
		expect(out).not.toMatch(/<link[^>]*rel="modulepreload"/);
		expect(script).toContain('["/_app/immutable/entry/start.js","/_app/immutable/chunks/runtime.js"]');
	});

	it('starts the app after two animation frames, or after a short fallback, once only', () => {
		expect(script).toContain('requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start)))');
		expect(script).toMatch(/setTimeout\(start, \d+\)/);
		expect(script).toContain('if (started) return;');
		expect(script).toContain('kit.start(app, element');
	});

	it('keeps the Content-Security-Policy true: the new script’s hash replaces the old one', () => {
		expect(out).toContain(hash(script));
		expect(out).not.toContain(hash(boot));
	});

	it('is valid JavaScript', () => {
		expect(() => new Function(script)).not.toThrow();
	});

	it('leaves a page without SvelteKit’s boot script as it is', () => {
		const still = '<html><body><p>No script</p></body></html>';
		expect(paintFirst(still)).toBe(still);
	});
});
