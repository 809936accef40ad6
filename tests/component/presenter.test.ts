import { afterEach, describe, expect, it, vi } from 'vitest';
import { Presenter } from '$lib/player/presenter.svelte';

// The Fullscreen API as a browser gives it: the grant comes later than the request. jsdom has no full
// screen, so the document's is kept here.
function fullscreenDocument() {
	let element: Element | null = null;
	const exit = vi.fn(async () => {
		element = null;
	});
	Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => element });
	Object.defineProperty(document, 'exitFullscreen', { configurable: true, value: exit });
	const root = document.createElement('div');
	document.body.append(root);
	let grant: () => void = () => {};
	const request = vi.fn(
		() =>
			new Promise<void>((resolve) => {
				grant = () => {
					element = root;
					resolve();
				};
			})
	);
	root.requestFullscreen = request;
	return {
		root,
		request,
		exit,
		grant: () => grant(),
		/** full screen given to the root by a request this presenter did not make (the figure before it) */
		grantedElsewhere: () => (element = root),
		/** the browser ends full screen as it tells the page: late, after an exit it has not yet answered */
		givenBack: () => {
			element = null;
			document.dispatchEvent(new Event('fullscreenchange'));
		},
		fullscreen: () => element
	};
}

/** A presenter that has asked for full screen and been granted it. */
async function presentedFullScreen({ root, request, grant }: ReturnType<typeof fullscreenDocument>) {
	const presenter = new Presenter(undefined);
	const entering = presenter.enter(root);
	await vi.waitFor(() => expect(request).toHaveBeenCalledOnce());
	grant();
	await entering;
	return presenter;
}

afterEach(() => {
	document.body.replaceChildren();
});

describe('presenter and the Fullscreen API', () => {
	it('leaves full screen when it is granted after the presentation has ended (Escape pressed at once)', async () => {
		const { root, request, exit, grant, fullscreen } = fullscreenDocument();
		const presenter = new Presenter(undefined);
		const entering = presenter.enter(root);
		await vi.waitFor(() => expect(request).toHaveBeenCalledOnce());
		presenter.leave();
		grant();
		await entering;
		expect(exit).toHaveBeenCalledOnce();
		expect(fullscreen()).toBeNull();
		expect(presenter.active).toBe(false);
	});

	it('stays in full screen while presenting, and leaves it with the presentation', async () => {
		const screen = fullscreenDocument();
		const { root, exit, fullscreen } = screen;
		const presenter = await presentedFullScreen(screen);
		expect(fullscreen()).toBe(root);
		expect(exit).not.toHaveBeenCalled();
		presenter.leave();
		expect(exit).toHaveBeenCalledOnce();
		expect(fullscreen()).toBeNull();
	});

	it('leaves the full screen it was handed when Escape comes before it has laid the figure out', async () => {
		const screen = fullscreenDocument();
		const { root, request, exit, fullscreen } = screen;
		// the figure before, in a sequence, left the stage full screen for this one
		const before = await presentedFullScreen(screen);
		before.leave(true);
		expect(fullscreen()).toBe(root);
		// this one takes over, and Escape is pressed at once, on a slow machine before its layout is done
		const next = new Presenter(undefined);
		const taking = next.enter(root);
		next.leave();
		await taking;
		expect(request).toHaveBeenCalledOnce();
		expect(exit).toHaveBeenCalledOnce();
		expect(fullscreen()).toBeNull();
		expect(next.active).toBe(false);
	});

	it('keeps the full screen granted after a quick Page Down for the next figure, which then leaves it', async () => {
		const { root, request, exit, grant, fullscreen } = fullscreenDocument();
		const before = new Presenter(undefined);
		const asking = before.enter(root);
		await vi.waitFor(() => expect(request).toHaveBeenCalledOnce());
		// Page Down before the browser has granted full screen: the next figure takes the stage over
		before.leave(true);
		const next = new Presenter(undefined);
		const taking = next.enter(root);
		grant();
		document.dispatchEvent(new Event('fullscreenchange'));
		await asking;
		await taking;
		expect(exit).not.toHaveBeenCalled();
		expect(fullscreen()).toBe(root);
		expect(request).toHaveBeenCalledOnce();
		next.leave();
		expect(exit).toHaveBeenCalledOnce();
		expect(fullscreen()).toBeNull();
	});

	it('leaves full screen at Escape even when it was granted by a request another figure made, after it took over', async () => {
		const { root, request, exit, grantedElsewhere, fullscreen } = fullscreenDocument();
		// not yet full screen when this figure takes over: the figure before it asked, on a slow machine
		const presenter = new Presenter(undefined);
		const entering = presenter.enter(root);
		// that request is granted now, and Escape comes before this figure has laid itself out
		grantedElsewhere();
		presenter.leave();
		await entering;
		expect(request).not.toHaveBeenCalled();
		expect(exit).toHaveBeenCalledOnce();
		expect(fullscreen()).toBeNull();
		expect(presenter.active).toBe(false);
	});

	it('opened again while its last exit is under way (Escape, then F at once), it stays presenting when that exit ends, full screen again', async () => {
		const screen = fullscreenDocument();
		const { root, request, exit, grant, givenBack, fullscreen } = screen;
		const presenter = await presentedFullScreen(screen);
		let answer: () => void = () => {};
		exit.mockImplementationOnce(() => new Promise<void>((resolve) => (answer = resolve)));
		presenter.leave();
		const entering = presenter.enter(root);
		await new Promise((resolve) => setTimeout(resolve, 0));
		// the first presentation's exit is done only now, and the browser says so
		givenBack();
		answer();
		await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(2));
		grant();
		await entering;
		expect(presenter.active).toBe(true);
		expect(fullscreen()).toBe(root);
		presenter.leave();
		expect(fullscreen()).toBeNull();
	});

	it('granted only after Escape, and opened again at once (F5) while that late grant is being undone, it stays presenting, full screen again', async () => {
		const { root, request, exit, grant, givenBack, fullscreen } = fullscreenDocument();
		const presenter = new Presenter(undefined);
		const first = presenter.enter(root);
		await vi.waitFor(() => expect(request).toHaveBeenCalledOnce());
		presenter.leave();
		// the browser grants the first request now, and is slow to answer the exit that undoes it
		let answer: () => void = () => {};
		exit.mockImplementationOnce(() => new Promise<void>((resolve) => (answer = resolve)));
		grant();
		await first;
		expect(exit).toHaveBeenCalledOnce();
		const again = presenter.enter(root);
		await new Promise((resolve) => setTimeout(resolve, 0));
		// that exit is done only now, and the browser says so
		givenBack();
		answer();
		await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(2));
		grant();
		await again;
		expect(presenter.active).toBe(true);
		expect(fullscreen()).toBe(root);
	});

	it('gives the focus back once, and leaves it where the reader has put it when full screen ends late', async () => {
		const screen = fullscreenDocument();
		const { root, exit, givenBack } = screen;
		const before = document.createElement('button');
		const elsewhere = document.createElement('button');
		document.body.append(before, elsewhere);
		before.focus();
		const presenter = await presentedFullScreen(screen);
		let answer: () => void = () => {};
		exit.mockImplementationOnce(() => new Promise<void>((resolve) => (answer = resolve)));
		presenter.leave();
		// the figure is back in the page: the focus returns to where it was before
		await vi.waitFor(() => expect(document.activeElement).toBe(before));
		// the reader moves on (a button behind the figure) before the browser has left full screen
		elsewhere.focus();
		givenBack();
		answer();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(document.activeElement).toBe(elsewhere);
		expect(root.contains(document.activeElement)).toBe(false);
	});

	it('asks again when the browser lets its first exit slip, until the screen is given back', async () => {
		const screen = fullscreenDocument();
		const { exit, fullscreen } = screen;
		const presenter = await presentedFullScreen(screen);
		// the browser answers the first exit but stays full screen (it was changing hands at that moment)
		exit.mockImplementationOnce(async () => {});
		presenter.leave();
		await vi.waitFor(() => expect(fullscreen()).toBeNull());
		expect(exit).toHaveBeenCalledTimes(2);
	});

	it("stops asking once another presentation has begun: the screen is that one's now", async () => {
		const screen = fullscreenDocument();
		const { root, exit, fullscreen } = screen;
		const presenter = await presentedFullScreen(screen);
		exit.mockImplementation(async () => {});
		presenter.leave();
		const next = new Presenter(undefined);
		void next.enter(root);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(exit).toHaveBeenCalledOnce();
		expect(fullscreen()).toBe(root);
		expect(next.active).toBe(true);
		next.leave(true);
	});

	it('gives up after a few tries with a browser that never leaves full screen, and the page is still given back', async () => {
		vi.useFakeTimers();
		try {
			const screen = fullscreenDocument();
			const { exit } = screen;
			const presenter = await presentedFullScreen(screen);
			// an exit the browser never answers
			exit.mockImplementation(() => new Promise<void>(() => {}));
			document.documentElement.style.overflow = '';
			presenter.leave();
			await vi.runAllTimersAsync();
			expect(exit).toHaveBeenCalledTimes(3);
			expect(document.documentElement.style.overflow).toBe('');
		} finally {
			vi.useRealTimers();
		}
	});

	it('leaves full screen held by an element inside the figure, not only by the figure itself', async () => {
		const screen = fullscreenDocument();
		const { root, exit, fullscreen } = screen;
		const presenter = await presentedFullScreen(screen);
		const inner = document.createElement('div');
		root.append(inner);
		Object.defineProperty(document, 'fullscreenElement', {
			configurable: true,
			get: () => (exit.mock.calls.length ? null : inner)
		});
		presenter.leave();
		expect(exit).toHaveBeenCalledOnce();
		expect(fullscreen()).toBeNull();
		expect(document.fullscreenElement).toBeNull();
	});
});
