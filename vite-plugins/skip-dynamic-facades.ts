import { dirname, posix } from 'node:path';
import type { Plugin } from 'vite';

/** A chunk that only hands on another chunk's export as its default: `export{t as default}from"./X.js";` */
const FACADE = /^export\s*\{\s*([\w$]+) as default\s*\}\s*from\s*["'`]\.\/([\w.-]+\.js)["'`];?\s*$/;

interface Facade {
	/** the facade's file, as the bundle names it (`_app/immutable/chunks/D8naDtHB.js`) */
	file: string;
	/** the chunk that holds the code */
	target: string;
	/** the name the default is exported under there */
	exportName: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const relative = (from: string, to: string) => {
	const path = posix.relative(dirname(from), to);
	return path.startsWith('.') ? path : `./${path}`;
};

/**
 * Every island's component is loaded by `import()` (src/lib/islands/registry.ts) and is also imported by
 * SvelteKit's client nodes, which this site never runs (csr = false) but which are built all the same. For
 * such a module Rolldown puts the code in a shared chunk and emits, for the `import()`, one more chunk that
 * only re-exports its default: one more request and 60 bytes for every island on every page (five on a
 * handout). Unlike Rollup, it has no option to import the shared chunk directly (rolldown issue #7000), so
 * after the build each `import()` of such a facade, and its entry in Vite's preload list, is pointed at the
 * chunk that holds the code, the default read from its export, and the facades are dropped.
 */
export function skipDynamicFacades(): Plugin {
	return {
		name: 'skip-dynamic-facades',
		apply: 'build',
		enforce: 'post',
		generateBundle(_options, bundle) {
			const facades: Facade[] = [];
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk' || !chunk.isDynamicEntry) continue;
				const match = FACADE.exec(chunk.code);
				if (!match) continue;
				facades.push({
					file: chunk.fileName,
					target: posix.join(dirname(chunk.fileName), match[2]!),
					exportName: match[1]!
				});
			}
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk') continue;
				for (const facade of facades) {
					if (!chunk.code.includes(posix.basename(facade.file))) continue;
					const call = new RegExp(
						`import\\((["'\`])${escape(relative(chunk.fileName, facade.file))}\\1\\)`,
						'g'
					);
					chunk.code = chunk.code
						.replace(
							call,
							(_, quote: string) =>
								`import(${quote}${relative(chunk.fileName, facade.target)}${quote}).then(m=>({default:m.${facade.exportName}}))`
						)
						// Vite's list of what to preload with it (__vite__mapDeps), by absolute path
						.replace(
							new RegExp(`(["'\`])([^"'\`]*/)${escape(facade.file)}\\1`, 'g'),
							(_, quote: string, prefix: string) => `${quote}${prefix}${facade.target}${quote}`
						);
				}
			}
			for (const facade of facades) delete bundle[facade.file];
		}
	};
}
