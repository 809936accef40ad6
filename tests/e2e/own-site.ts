import { spawn } from 'node:child_process';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';

// The built site served for one test on ports of its own (a service worker belongs to its origin: one
// registered here never meets the other tests), in front of it a door that can drop the connection of
// chosen requests, as a phone's link drops while a first visit is still downloading.

export interface OwnSite {
	url: string;
	/** requests for these paths have their connection cut (no answer at all) until the path is let through */
	drop: Set<string>;
	/** how many requests were cut, path by path */
	dropped: Map<string, number>;
	stop: () => Promise<void>;
}

/** A free port, asked of the system. */
export async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
	});
}

/** Serves build/ (scripts/serve-static.js) behind a door that drops the paths in `drop`. */
export async function ownSite(): Promise<OwnSite> {
	const backPort = await freePort();
	const server = spawn(
		process.execPath,
		['scripts/serve-static.js', '--dir', 'build', '--port', String(backPort)],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.once('exit', (code) => fail(new Error(`the static server stopped (${code})`)));
		server.stdout!.once('data', () => done());
	});
	server.removeAllListeners('exit');

	const drop = new Set<string>();
	const dropped = new Map<string, number>();
	const door = createHttpServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		if (drop.has(path)) {
			dropped.set(path, (dropped.get(path) ?? 0) + 1);
			req.socket.destroy();
			return;
		}
		const onward = httpRequest(
			{ host: '127.0.0.1', port: backPort, path: req.url, method: req.method, headers: req.headers },
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			}
		);
		onward.on('error', () => req.socket.destroy());
		req.pipe(onward);
	});
	const port = await freePort();
	await new Promise<void>((done) => door.listen(port, '127.0.0.1', done));
	return {
		url: `http://127.0.0.1:${port}`,
		drop,
		dropped,
		stop: async () => {
			door.closeAllConnections();
			await new Promise((done) => door.close(done));
			await new Promise<void>((done) => {
				if (server.exitCode !== null || server.signalCode !== null) return done();
				server.once('exit', () => done());
				server.kill();
			});
		}
	};
}
