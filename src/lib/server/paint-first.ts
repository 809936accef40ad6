import { createHash } from 'node:crypto';

/**
 * Paint first, then hydrate: rewrites a prerendered page so that the browser draws it from its HTML before
 * it fetches any script. The page is complete without JavaScript (prerendered text, first frames); scripts
 * only make it interactive, so on a slow phone they should not compete with the first paint.
 *
 * SvelteKit's page has modulepreload links in its head and an inline boot script that imports its entry
 * points. The links are removed, and the boot script adds them back and starts the app once the first frame
 * is on screen (two animation frames, then a task: the second frame begins only after the first is shown),
 * or after FALLBACK_ms if frames are slow to come. Its hash in the Content-Security-Policy <meta> is
 * updated to match, so no inline script runs without one. A page without the boot script is left alone.
 */
const preloadLink = /<link href="([^"]+)" rel="modulepreload">\s*/g;
const bootScript = /<script>([\s\S]*?kit\.start\([\s\S]*?)<\/script>/;

/** If frames are slow to come (a busy or hidden page), the app starts anyway after this long. */
const FALLBACK_ms = 150;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function paintFirst(html: string): string {
	const boot = bootScript.exec(html);
	if (!boot || !boot[1]!.includes('Promise.all([')) return html;
	const hrefs = [...html.matchAll(preloadLink)].map((match) => match[1]!);
	const old = boot[1]!;
	const end = old.lastIndexOf('}');
	const later =
		old
			.slice(0, end)
			.replace(
				'Promise.all([',
				`let started = false;\n` +
					`const start = () => {\n` +
					`if (started) return;\n` +
					`started = true;\n` +
					`for (const href of ${JSON.stringify(hrefs)}) {\n` +
					`const link = document.createElement('link');\n` +
					`link.rel = 'modulepreload';\n` +
					`link.href = href;\n` +
					`document.head.append(link);\n` +
					`}\n` +
					`Promise.all([`
			) +
		`};\n` +
		`requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start)));\n` +
		`setTimeout(start, ${FALLBACK_ms});\n` +
		old.slice(end);
	return html
		.replace(preloadLink, '')
		.replace(boot[0], `<script>${later}</script>`)
		.replace(sha256(old), sha256(later));
}
