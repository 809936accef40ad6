import { describe, expect, it } from 'vitest';
import { listenForShow, showInScene, takeWaitingRequest } from '$lib/player/show';

// The way into a live figure from its page (a question showing its answer): heard by the figure of that
// scene only, kept for it when it has not woken yet, and forgotten once handed over.
describe('showInScene', () => {
	it('reaches the live figure of that scene, and no other', () => {
		const heard: string[] = [];
		const stopK2p = listenForShow('k2p', (request) => heard.push(`k2p:${request.step}`));
		const stopPump = listenForShow('pump', (request) => heard.push(`pump:${request.step}`));
		expect(showInScene('k2p', { step: 'hyperpolarised', params: { openFraction: 1 } })).toBe(true);
		expect(heard).toEqual(['k2p:hyperpolarised']);
		stopK2p();
		stopPump();
	});

	it('keeps a request made before the figure wakes, the latest one, and hands it over once', () => {
		expect(showInScene('cushion', { step: 'bolus' })).toBe(false);
		expect(showInScene('cushion', { step: 'recovered', params: { bolus_mL: 20 } })).toBe(false);
		expect(takeWaitingRequest('cushion')).toEqual({ step: 'recovered', params: { bolus_mL: 20 } });
		expect(takeWaitingRequest('cushion')).toBeNull();
	});

	it('stops reaching a figure once it has gone: the next request waits for a new one', () => {
		const heard: unknown[] = [];
		const stop = listenForShow('trpv1', (request) => heard.push(request));
		stop();
		expect(showInScene('trpv1', { step: 'sensitised' })).toBe(false);
		expect(heard).toEqual([]);
		expect(takeWaitingRequest('trpv1')).toEqual({ step: 'sensitised' });
	});
});
