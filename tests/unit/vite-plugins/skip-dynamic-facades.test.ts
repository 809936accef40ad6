import { describe, expect, it } from 'vitest';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { skipDynamicFacades } from '../../../vite-plugins/skip-dynamic-facades';

const chunk = (fileName: string, code: string, isDynamicEntry = false) =>
	({ type: 'chunk', fileName, code, isDynamicEntry }) as OutputChunk;

function run(files: OutputChunk[]): Record<string, string> {
	const bundle = Object.fromEntries(files.map((file) => [file.fileName, file])) as OutputBundle;
	const hook = skipDynamicFacades().generateBundle as (options: unknown, bundle: OutputBundle) => void;
	hook.call({}, {}, bundle);
	return Object.fromEntries(
		Object.values(bundle).map((file) => [file.fileName, file.type === 'chunk' ? file.code : ''])
	);
}

describe('skipDynamicFacades', () => {
	it('points an island loader at the chunk with the code and drops the facade', () => {
		const out = run([
			chunk(
				'_app/islands.js',
				'const d=["/_app/immutable/chunks/Face.js","/_app/immutable/chunks/Code.js"];' +
					'var l={header:()=>r(()=>import(`./immutable/chunks/Face.js`),d)}'
			),
			chunk('_app/immutable/chunks/Face.js', 'export{t as default}from"./Code.js";', true),
			chunk('_app/immutable/chunks/Code.js', 'var t=1,n=2;export{n,t};')
		]);
		expect(Object.keys(out).sort()).toEqual(['_app/immutable/chunks/Code.js', '_app/islands.js']);
		expect(out['_app/islands.js']).toBe(
			'const d=["/_app/immutable/chunks/Code.js","/_app/immutable/chunks/Code.js"];' +
				'var l={header:()=>r(()=>import(`./immutable/chunks/Code.js`).then(m=>({default:m.t})),d)}'
		);
	});

	it('writes the path from the importing chunk, with either kind of quote', () => {
		const out = run([
			chunk('_app/immutable/chunks/Scene.js', 'x=()=>import("./Face.js");y=()=>import(\'./Face.js\')'),
			chunk('_app/immutable/chunks/Face.js', 'export { b as default } from "./Code.js";', true),
			chunk('_app/immutable/chunks/Code.js', 'export{b}')
		]);
		expect(out['_app/immutable/chunks/Scene.js']).toBe(
			'x=()=>import("./Code.js").then(m=>({default:m.b}));y=()=>import(\'./Code.js\').then(m=>({default:m.b}))'
		);
	});

	it('leaves alone a dynamic entry that has code of its own, and a static re-export', () => {
		const files = [
			chunk('a.js', 'import("./Real.js");import("./Static.js")'),
			chunk('Real.js', 'var t=1;export{t as default};', true),
			// not loaded by import(): a page may name it, so it stays as it is
			chunk('Static.js', 'export{t as default}from"./Code.js";'),
			chunk('Code.js', 'export{t}')
		];
		const before = Object.fromEntries(files.map((file) => [file.fileName, file.code]));
		expect(run(files)).toEqual(before);
	});
});
