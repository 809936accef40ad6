#!/usr/bin/env node
// Serves build/ the way a plain static host does, for `npm run preview`, the end-to-end tests and the bench:
// a file as it is (its precompressed .br or .gz copy when the browser accepts it), a folder through its
// index.html ("/fr" is redirected to "/fr/"), and anything else answered by 404.html with status 404 (an
// address too long to read too, with status 431). No SvelteKit code runs here, so the tests see what a host serves.
// Usage: node scripts/serve-static.js [--dir build] [--port 4173] [--host 127.0.0.1]
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'build' },
		port: { type: 'string', default: process.env.PORT ?? '4173' },
		host: { type: 'string', default: '127.0.0.1' }
	}
});
const root = resolve(values.dir);
const port = Number(values.port);

const types = /** @type {Record<string, string>} */ ({
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
});

/** @param {string} path */
async function fileAt(path) {
	try {
		return await stat(path);
	} catch {
		return null;
	}
}

/** The build's precompressed copies (adapter-static `precompress`), best first, as most hosts serve them. */
const encodings = /** @type {const} */ ([
	['br', '.br'],
	['gzip', '.gz']
]);

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} file
 * @param {number} size
 */
async function send(req, res, status, file, size) {
	const accepted = String(req.headers['accept-encoding'] ?? '');
	let body = file;
	/** @type {Record<string, string | number>} */
	const headers = {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		'cache-control': file.includes(`${sep}immutable${sep}`)
			? 'public, max-age=31536000, immutable'
			: 'no-cache',
		vary: 'accept-encoding'
	};
	for (const [encoding, suffix] of encodings) {
		const copy = accepted.includes(encoding) ? await fileAt(file + suffix) : null;
		if (copy?.isFile()) {
			body = file + suffix;
			size = copy.size;
			headers['content-encoding'] = encoding;
			break;
		}
	}
	res.writeHead(status, { ...headers, 'content-length': size });
	createReadStream(body).pipe(res);
}

const server = createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let pathname = null;
	try {
		pathname = decodeURIComponent(url.pathname);
	} catch {
		// a malformed escape (/%E0%A4%A) gets the not-found page below, not a crash
	}
	const target = normalize(join(root, pathname ?? '/404.html'));
	const inside = pathname !== null && (target === root || target.startsWith(root + sep));

	const found = inside ? await fileAt(target) : null;
	if (found?.isFile()) return send(req, res, 200, target, found.size);
	if (found?.isDirectory()) {
		if (!url.pathname.endsWith('/')) {
			res.writeHead(301, { location: `${url.pathname}/${url.search}` });
			return res.end();
		}
		const index = join(target, 'index.html');
		const indexFile = await fileAt(index);
		if (indexFile?.isFile()) return send(req, res, 200, index, indexFile.size);
	}
	const notFound = join(root, '404.html');
	const notFoundFile = await fileAt(notFound);
	if (notFoundFile) return send(req, res, 404, notFound, notFoundFile.size);
	res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
	res.end('Not found');
});

// An address too long for Node's 16 KB of headers (a hand-made or corrupted link) never reaches the handler
// above: Node answered a bare 431 and the browser showed a blank page. It gets the not-found page's bilingual
// text instead (its status kept: 431, or 400 for a request Node could not read at all).
server.on('clientError', (/** @type {NodeJS.ErrnoException} */ error, socket) => {
	if (!socket.writable) return socket.destroy();
	const status =
		error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
	let body = 'Adresse illisible · Unreadable address';
	let type = 'text/plain; charset=utf-8';
	try {
		body = readFileSync(join(root, '404.html'), 'utf8');
		type = 'text/html; charset=utf-8';
	} catch {
		// no not-found page built: the short bilingual line above
	}
	socket.end(
		`HTTP/1.1 ${status}\r\ncontent-type: ${type}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
			`cache-control: no-cache\r\nconnection: close\r\n\r\n${body}`
	);
});

server.listen(port, values.host, () => {
	console.log(`Serving ${root} at http://${values.host}:${port}/`);
});
