import { gsap } from 'gsap/gsap-core';
import { clampT, stepIndexAt, type Step } from './steps';

export type Speed = 'normal' | 'slow';

/** Slow halves the pace: a clinician explaining aloud needs time between two ions. */
const timeScales: Record<Speed, number> = { normal: 1, slow: 0.5 };

/** Share of a passage spent moving; the rest holds still on the step so a reader can take it in. */
const MOVING_SHARE = 0.7;

/**
 * Plays a scene: owns its one number, `t` (see steps.ts), and a paused GSAP timeline with one label per
 * step that moves `t` when asked. GSAP drives time, never truth: the scene derives everything it draws
 * from `t` and the model. Nothing plays by itself; with reduced motion nothing moves continuously, and a
 * step change happens at once.
 */
export class Player {
	readonly steps: readonly Step[];
	t = $state(0);
	playing = $state(false);
	speed = $state<Speed>('normal');
	reducedMotion = $state(false);

	/** the step shown now (a passage counts as its destination past halfway) */
	get index(): number {
		return stepIndexAt(this.t, this.steps.length);
	}
	get step(): Step {
		return this.steps[this.index]!;
	}
	get atStart(): boolean {
		return this.t <= 0;
	}
	get atEnd(): boolean {
		return this.t >= this.steps.length - 1;
	}

	#proxy = { t: 0 };
	#timeline: ReturnType<typeof gsap.timeline>;
	/** timeline time (s) at which each step is reached */
	#stepTimes: number[] = [];
	#tween: ReturnType<typeof gsap.to> | null = null;
	/** the step a running ◀ ▶ passage is heading for: a second press goes one further, not to the same */
	#heading: number | null = null;

	constructor(steps: readonly Step[], options: { startAt?: number; reducedMotion?: boolean } = {}) {
		if (steps.length === 0) throw new RangeError('A scene needs at least one step');
		this.steps = steps;
		this.reducedMotion = options.reducedMotion ?? false;
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

	#stopTween() {
		this.#tween?.kill();
		this.#tween = null;
		this.#heading = null;
	}

	/** Jump to any position at once (scrub bar, deep link, text scrolled into view). */
	seek(t: number) {
		this.#stopTween();
		this.#timeline.pause();
		this.playing = false;
		this.#timeline.seek(this.#timeOf(clampT(t, this.steps.length)), false);
		this.#proxy.t = clampT(t, this.steps.length);
		this.#sync();
	}

	/** Go to step i: moving there in full motion, at once with reduced motion. */
	goTo(i: number) {
		const target = Math.min(this.steps.length - 1, Math.max(0, Math.round(i)));
		if (this.reducedMotion) return this.seek(target);
		this.#stopTween();
		this.#timeline.pause();
		this.playing = false;
		this.#heading = target;
		this.#tween = this.#timeline.tweenTo(this.steps[target]!.id, {
			duration: Math.max(0.25, Math.abs(this.#stepTimes[target]! - this.#timeline.time()) / 2),
			ease: 'power1.inOut',
			onComplete: () => {
				this.#heading = null;
			}
		});
	}

	next() {
		this.goTo((this.#heading ?? Math.floor(this.t + 1e-9)) + 1);
	}

	previous() {
		this.goTo((this.#heading ?? Math.ceil(this.t - 1e-9)) - 1);
	}

	/** Plays on from here to the last step; with reduced motion it only takes one step, at once. */
	play() {
		if (this.reducedMotion) return this.next();
		this.#stopTween();
		if (this.atEnd) this.seek(0);
		this.#timeline.timeScale(timeScales[this.speed]);
		this.#timeline.play();
		this.playing = true;
	}

	pause() {
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

	setSpeed(speed: Speed) {
		this.speed = speed;
		this.#timeline.timeScale(timeScales[speed]);
	}

	setReducedMotion(reduced: boolean) {
		this.reducedMotion = reduced;
		if (reduced && (this.playing || this.#tween)) this.seek(Math.round(this.t));
	}

	/** Stops everything GSAP holds for this scene (component teardown). */
	destroy() {
		this.#stopTween();
		this.#timeline.kill();
	}
}
