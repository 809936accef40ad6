import { gsap } from 'gsap/gsap-core';
import { motion as pageMotion, type MotionSource } from './motion.svelte';
import { clampT, stepIndexAt, type Step } from './steps';
import type { PlayerView, Speed } from './player-view';

export { stillPlayer, type PlayerView, type Speed } from './player-view';

/** Slow halves the pace: a clinician explaining aloud needs time between two ions. */
const timeScales: Record<Speed, number> = { normal: 1, slow: 0.5 };

/** Share of a passage spent moving; the rest holds still on the step so a reader can take it in. */
const MOVING_SHARE = 0.7;
/** A step asked for (◀ ▶, a clicker) is reached in half the time Play spends moving there, never less than this. */
const SHORTEST_PASSAGE_s = 0.25;

/**
 * Plays a scene: owns its one number, `t` (see steps.ts), and a paused GSAP timeline with one label per
 * step that moves `t` when asked. GSAP drives time, never truth: the scene derives everything it draws
 * from `t` and the model. Nothing plays by itself; with reduced motion nothing moves continuously, and a
 * step change happens at once.
 */
export class Player implements PlayerView {
	readonly steps: readonly Step[];
	/** set in the constructor; the derived values below read it lazily, after it is set */
	#stepCount = 1;
	t = $state(0);
	playing = $state(false);
	speed = $state<Speed>('normal');

	/** the step shown now (a passage counts as its destination past halfway): changes once per step, not per frame */
	readonly index = $derived(stepIndexAt(this.t, this.#stepCount));
	readonly atStart = $derived(this.t <= 0);
	readonly atEnd = $derived(this.t >= this.#stepCount - 1);
	/** on its way to a step by ◀ ▶ (a passage of its own, not the timeline playing) */
	#travelling = $state(false);
	/** whether the figure is moving now: playing, or on its way to a step */
	readonly moving = $derived(this.playing || this.#travelling);
	/**
	 * The step shown was chosen by the text beside the figure (a scroll story), not by the reader: its
	 * sentence is not spoken, since the reader is reading the text that says it. Ends with anything the
	 * reader does to the figure, a parameter included (SceneView).
	 */
	following = $state(false);
	/**
	 * On a quiet passage: the figure goes to a step asked for from elsewhere on its page (a question's
	 * answer), and its caption says only the step it lands on, not each one it crosses (SceneView).
	 */
	passing = $state(false);

	get step(): Step {
		return this.steps[this.index]!;
	}
	get destination(): number {
		if (this.#heading !== null) return this.#heading;
		return this.playing ? Math.min(this.#stepCount - 1, Math.ceil(this.t - 1e-9)) : this.index;
	}
	get reducedMotion(): boolean {
		return this.#motion.reduced;
	}

	#motion: MotionSource;
	#stopListening: () => void;
	#proxy = { t: 0 };
	#timeline: ReturnType<typeof gsap.timeline>;
	/** timeline time (s) at which each step is reached */
	#stepTimes: number[] = [];
	/** time (s) Play spends moving, holds left out, from the first step to each step */
	#movingTimes: number[] = [0];
	/** where a passage of its own (◀ ▶, a clicker) has got: it moves t, and the timeline with it */
	#travel = { t: 0 };
	#tween: ReturnType<typeof gsap.to> | null = null;
	/**
	 * the step a running ◀ ▶ passage is heading for: a second press goes one further, not to the same. State,
	 * so that what reads `destination` (▶ naming the next figure on its way to the last step) follows it
	 */
	#heading = $state<number | null>(null);

	constructor(steps: readonly Step[], options: { startAt?: number; motion?: MotionSource } = {}) {
		if (steps.length === 0) throw new RangeError('A scene needs at least one step');
		this.steps = steps;
		this.#stepCount = steps.length;
		this.#motion = options.motion ?? pageMotion;
		// a reader who asks for less motion mid-passage gets the nearest step at once
		this.#stopListening = this.#motion.onChange((reduced) => {
			if (reduced && (this.playing || this.#tween)) this.seek(Math.round(this.t));
		});
		this.#timeline = gsap.timeline({
			paused: true,
			onUpdate: () => this.#sync(),
			onComplete: () => {
				this.playing = false;
			}
		});
		this.#timeline.addLabel(steps[0]!.id, 0);
		this.#stepTimes = [0];
		steps.slice(1).forEach((step, i) => {
			const moving = step.duration_s * MOVING_SHARE;
			this.#timeline.to(this.#proxy, { t: i + 1, duration: moving, ease: 'none' });
			this.#timeline.addLabel(step.id);
			this.#stepTimes.push(this.#timeline.duration());
			this.#movingTimes.push(this.#movingTimes[i]! + moving);
			// hold on the step, except after the last one
			if (i < steps.length - 2) this.#timeline.to({}, { duration: step.duration_s - moving });
		});
		this.seek(options.startAt ?? 0);
	}

	#sync() {
		this.t = this.#proxy.t;
	}

	/** timeline time (s) for a position t, interpolating within a passage */
	#timeOf(t: number): number {
		const from = Math.floor(t);
		const start = this.#stepTimes[from]!;
		if (from >= this.steps.length - 1) return start;
		const moving = this.steps[from + 1]!.duration_s * MOVING_SHARE;
		return start + (t - from) * moving;
	}

	/** the time Play spends moving from the first step to position t, holds left out */
	#movingAt(t: number): number {
		const from = Math.floor(t);
		const at = this.#movingTimes[from]!;
		if (from >= this.steps.length - 1) return at;
		return at + (t - from) * (this.#movingTimes[from + 1]! - at);
	}

	/** shows position t, with the paused timeline's playhead there, for Play to go on from */
	#place(t: number) {
		this.#timeline.seek(this.#timeOf(t), true);
		this.#proxy.t = t;
		this.#sync();
	}

	#stopTween() {
		this.#tween?.kill();
		this.#tween = null;
		this.#heading = null;
		this.#travelling = false;
		this.passing = false;
	}

	/** Jump to any position at once (scrub bar, deep link, text scrolled into view). */
	seek(t: number) {
		this.following = false;
		this.#stopTween();
		this.#timeline.pause();
		this.playing = false;
		this.#place(clampT(t, this.steps.length));
	}

	/**
	 * Go to step i: moving there in full motion, at once with reduced motion; `quiet`: see `passing`. A passage
	 * moves t straight there, without the holds Play makes on each step: the figure sets off at once. Asked
	 * while it is on its way, it never queues behind that passage: what is left of it is folded into the new
	 * one, which takes no longer than a passage of one step into the step asked for, and sets off at the speed
	 * the figure has; asked for the step it is already heading for, it is there at once.
	 */
	goTo(i: number, { quiet = false } = {}) {
		this.following = false;
		const target = Math.min(this.steps.length - 1, Math.max(0, Math.round(i)));
		const onItsWay = this.#travelling;
		if (this.reducedMotion || target === (onItsWay ? this.#heading : this.t)) return this.seek(target);
		this.#stopTween();
		this.#timeline.pause();
		this.playing = false;
		this.#heading = target;
		this.#travelling = true;
		this.passing = quiet;
		const from = onItsWay ? Math.min(target + 1, Math.max(target - 1, this.t)) : this.t;
		this.#travel.t = this.t;
		this.#tween = gsap.to(this.#travel, {
			t: target,
			duration: Math.max(SHORTEST_PASSAGE_s, Math.abs(this.#movingAt(target) - this.#movingAt(from)) / 2),
			ease: onItsWay ? 'power1.out' : 'power1.inOut',
			onUpdate: () => this.#place(this.#travel.t),
			onComplete: () => {
				this.#place(target);
				this.#tween = null;
				this.#heading = null;
				this.#travelling = false;
				this.passing = false;
			}
		});
	}

	takeOver() {
		this.following = false;
	}

	/** Goes to step i as goTo does, because the text beside the figure asks for it (`following`). */
	follow(i: number) {
		this.goTo(i);
		this.following = true;
	}

	/**
	 * One step on from the step it is at or heading for. Pressed again while on its way (a clicker's quick
	 * presses), the caption says only the step the run lands on (`passing`), not each one crossed.
	 */
	next() {
		this.goTo((this.#heading ?? Math.floor(this.t + 1e-9)) + 1, { quiet: this.#travelling });
	}

	previous() {
		this.goTo((this.#heading ?? Math.ceil(this.t - 1e-9)) - 1, { quiet: this.#travelling });
	}

	/** Plays on from here to the last step; with reduced motion it only takes one step, at once. */
	play() {
		this.following = false;
		if (this.reducedMotion) return this.next();
		this.#stopTween();
		if (this.atEnd) this.seek(0);
		this.#timeline.timeScale(timeScales[this.speed]);
		this.#timeline.play();
		this.playing = true;
	}

	pause() {
		this.following = false;
		this.#stopTween();
		this.#timeline.pause();
		this.playing = false;
	}

	toggle() {
		if (this.playing) this.pause();
		else this.play();
	}

	restart() {
		this.seek(0);
	}

	toEnd() {
		this.seek(this.steps.length - 1);
	}

	setSpeed(speed: Speed) {
		this.speed = speed;
		this.#timeline.timeScale(timeScales[speed]);
	}

	/** The reader's choice from the switch: it is the page's, so every figure follows it. */
	setReducedMotion(reduced: boolean) {
		this.#motion.choose(reduced);
	}

	/** Stops everything GSAP holds for this scene (component teardown). */
	destroy() {
		this.#stopTween();
		this.#stopListening();
		this.#timeline.kill();
	}
}
