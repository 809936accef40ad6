import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';

/**
 * Another site: a server of its own on another port (another origin to the browser), serving a page that
 * holds `body` and keeps in window.received what its frame tells it. A real local server rather than a
 * routed one: Chromium lets only a local page frame a local server (local network access checks).
 */
export async function startCoursePage() {
	const bodies = new Map<string, string>();
	const server: Server = createServer((request, response) => {
		const body = bodies.get(request.url ?? '') ?? '';
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(`<!doctype html><html lang="en"><head><title>A course page</title></head><body>${body}
<script>
window.received = [];
addEventListener('message', (event) => {
	const frame = document.querySelector('iframe');
	if (event.source === frame.contentWindow) window.received.push(event.data);
});
</script></body></html>`);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		/** opens a course page that holds `body` */
		async open(page: Page, body: string) {
			const path = `/course-${bodies.size}/`;
			bodies.set(path, body);
			await page.goto(origin + path);
		},
		close: () => new Promise<void>((done) => server.close(() => done()))
	};
}

/** What the course page's frame has told it, in order. */
export const received = (page: Page) =>
	page.evaluate(() => (window as unknown as { received: unknown[] }).received);
