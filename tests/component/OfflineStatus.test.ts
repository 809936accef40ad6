import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import OfflineStatus from '$lib/components/OfflineStatus.svelte';

// The built site, where the worker is registered (in development it is not).
vi.mock('$app/environment', () => ({ dev: false, browser: true, building: false, version: 'test' }));

/** A navigator whose serviceWorker is `container`, as different browsers give it. */
function withServiceWorker(container: unknown) {
	Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
}

describe('OfflineStatus', () => {
	afterEach(() => {
		delete (navigator as { serviceWorker?: unknown }).serviceWorker;
	});

	it('shows nothing, and throws nothing, where the browser has the property but no worker (plain http)', async () => {
		withServiceWorker(undefined);
		expect(() => render(OfflineStatus, { lang: 'en' })).not.toThrow();
		await tick();
		expect(screen.queryByRole('status')).toBeNull();
	});

	it('registers the worker and says so once the whole site is kept', async () => {
		// the registration `ready` resolves with: no new version waiting or installing
		const registration = { waiting: null, installing: null, addEventListener: vi.fn() };
		let ready!: () => void;
		const register = vi.fn(() => Promise.resolve());
		withServiceWorker({
			controller: null,
			register,
			ready: new Promise<typeof registration>((r) => (ready = () => r(registration)))
		});
		render(OfflineStatus, { lang: 'en' });
		await tick();
		expect(register).toHaveBeenCalledWith('/service-worker.js');
		expect(screen.getByRole('status')).toHaveTextContent('');
		ready();
		await vi.waitFor(() => expect(screen.getByRole('status')).not.toHaveTextContent(''));
		// and it listens for a new version the browser finds later (update-notice)
		expect(registration.addEventListener).toHaveBeenCalledWith('updatefound', expect.any(Function));
	});
});
