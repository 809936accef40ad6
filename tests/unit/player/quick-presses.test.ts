import { gsap } from 'gsap/gsap-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownMotion } from '$lib/player/motion.svelte';
import { Player } from '$lib/player/player.svelte';
import { stepsFrom, type Step } from '$lib/player/steps';
import k2pSteps from '$lib/scenes/k2p/steps.json';
import hydrodissectionSteps from '$lib/scenes/hydrodissection/steps.json';

// A clinician's clicker, pressed quicker than a figure's passages run. GSAP's clock is driven by hand, 60
// frames a second: nothing here waits on the wall clock.
const k2p = stepsFrom(k2pSteps);
const hydrodissection = stepsFrom(hydrodissectionSteps);

let now = 0;
/** the time (s) of the hand clock since the test began */
let elapsed = 0;
beforeEach(() => {
	gsap.ticker.remove(gsap.updateRoot);
	now = gsap.globalTimeline.rawTime();
	elapsed = 0;
});
afterEach(() => {
	gsap.ticker.add(gsap.updateRoot);
});

/** `seconds` of frames; `each` is told the player after every frame */
function advance(seconds: number, each?: () => void) {
	for (let frame = 0; frame < Math.round(seconds * 60); frame++) {
		now += 1 / 60;
		elapsed += 1 / 60;
		gsap.updateRoot(now);
		each?.();
	}
}

const player = (steps: readonly Step[], startAt = 0, reduced = false) =>
	new Player(steps, { startAt, motion: ownMotion(reduced) });

/** `count` presses `gap_s` apart; returns when (s) the figure first showed each step reached meanwhile and after */
function pressQuickly(p: Player, press: () => void, count: number, gap_s: number, after_s: number) {
	const shown = new Map<number, number>([[p.index, elapsed]]);
	const note = () => shown.has(p.index) || shown.set(p.index, elapsed);
	for (let i = 0; i < count; i++) {
		if (i > 0) advance(gap_s, note);
		press();
	}
	const lastPress = elapsed;
	advance(after_s, note);
	return { shown, lastPress };
}

describe('a clicker pressed quicker than the passages run', () => {
	it('five presses 0.6 s apart from K2P’s first step show its sixth within 1.5 s of the last, there by 4 s', () => {
		const p = player(k2p);
		const { shown, lastPress } = pressQuickly(p, () => p.next(), 5, 0.6, 3);
		expect(lastPress).toBeCloseTo(2.4);
		expect(shown.get(5)! - lastPress).toBeLessThan(1.5);
		expect(p.t).toBe(5);
		expect(p.moving).toBe(false);
		// no step trails its press by more than a passage: step 2 shows before the third press, and so on
		for (let step = 1; step <= 4; step++) expect(shown.get(step)!).toBeLessThan(step * 0.6 + 0.6);
	});

	it('five presses back 0.6 s apart from K2P’s last step show its first within 1.5 s of the last', () => {
		const p = player(k2p, 5);
		const { shown, lastPress } = pressQuickly(p, () => p.previous(), 5, 0.6, 3);
		expect(shown.get(0)! - lastPress).toBeLessThan(1.5);
		expect(p.t).toBe(0);
	});

	it('counts every press: ten presses a tenth of a second apart go ten steps, no more, no fewer', () => {
		const pump = stepsFrom({
			a: 0,
			b: 2.5,
			c: 2.5,
			d: 2.5,
			e: 2.5,
			f: 4,
			g: 4,
			h: 4,
			i: 4,
			j: 4,
			k: 4,
			l: 4
		});
		const p = player(pump);
		const { shown, lastPress } = pressQuickly(p, () => p.next(), 10, 0.1, 3);
		expect(p.t).toBe(10);
		expect(shown.get(10)! - lastPress).toBeLessThan(1.5);
		// and back as many
		pressQuickly(p, () => p.previous(), 7, 0.1, 3);
		expect(p.t).toBe(3);
	});

	it('sets off at once: a press on a step Play would hold on moves the figure from the next frame', () => {
		const p = player(k2p, 1);
		p.next();
		advance(0.1);
		expect(p.t).toBeGreaterThan(1);
	});

	it('a press while the last step is still arriving takes the figure there at once', () => {
		const p = player(hydrodissection, 3);
		p.next();
		advance(0.4);
		expect(p.t).toBeLessThan(3.5);
		p.next();
		expect(p.t).toBe(4);
		expect(p.moving).toBe(false);
		expect(p.atEnd).toBe(true);
	});

	it('heads for the step asked for (`destination`), one on from the one it was heading for', () => {
		const p = player(hydrodissection, 3);
		p.next();
		expect(p.destination).toBe(4);
		expect(p.index).toBe(3);
		const back = player(hydrodissection, 1);
		back.previous();
		expect(back.destination).toBe(0);
	});
});

describe('what a quick run keeps', () => {
	it('a single press speaks each step; presses during a passage make the run quiet until it lands', () => {
		const p = player(k2p);
		p.next();
		expect(p.passing).toBe(false);
		advance(0.3);
		p.next();
		expect(p.passing).toBe(true);
		advance(0.3);
		p.next();
		expect(p.passing).toBe(true);
		advance(3);
		expect(p.t).toBe(3);
		expect(p.passing).toBe(false);
	});

	it('Play goes on from where the presses left the figure, mid-passage or on a step, without a jump', () => {
		const p = player(k2p);
		p.next();
		advance(0.3);
		p.next();
		advance(0.3);
		const left = p.t;
		expect(Number.isInteger(left)).toBe(false);
		p.toggle();
		advance(1 / 60);
		expect(p.playing).toBe(true);
		expect(p.t).toBeGreaterThanOrEqual(left);
		expect(p.t - left).toBeLessThan(0.05);
		let previous = p.t;
		advance(20, () => {
			expect(p.t - previous).toBeGreaterThanOrEqual(0);
			expect(p.t - previous).toBeLessThan(0.05);
			previous = p.t;
		});
		expect(p.t).toBe(5);
		expect(p.playing).toBe(false);
	});

	it('scrubbing in the middle of a run stops it where the reader put it', () => {
		const p = player(k2p);
		pressQuickly(p, () => p.next(), 3, 0.2, 0);
		p.seek(1.5);
		advance(2);
		expect(p.t).toBe(1.5);
		expect(p.moving).toBe(false);
		expect(p.passing).toBe(false);
	});

	it('with reduced motion each press is a step at once', () => {
		const p = player(k2p, 0, true);
		for (let i = 0; i < 5; i++) p.next();
		expect(p.t).toBe(5);
		expect(p.moving).toBe(false);
		for (let i = 0; i < 2; i++) p.previous();
		expect(p.t).toBe(3);
	});
});
