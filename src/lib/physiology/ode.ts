// A fixed-step ODE integrator with sub-steps, as PhET's neuron model steps its Hodgkin–Huxley
// equations: the caller asks for samples every `sampleEvery` (a frame, a chart point) and each sample
// interval is cut into `substeps` equal steps. Fixed steps make a run cost the same on every slider move
// and give the same numbers on every machine.
import { integerIn, positive } from './check';

/** Writes dy/dt at (t, y) into `dydt`. Must not keep or change `y`. */
export type Derivative = (t: number, y: Float64Array, dydt: Float64Array) => void;
/** Classical fourth-order Runge–Kutta (default), or forward Euler (for comparison and tests). */
export type OdeMethod = 'rk4' | 'euler';

export type IntegrateOptions = {
	/** Start time (default 0) and end time, in the model's own unit (min, ms…). */
	t0?: number;
	t1: number;
	/** Spacing of the returned samples; the last interval is shortened to end exactly at t1. */
	sampleEvery: number;
	/** Integration steps per sample interval, 1–1000 (default 1). */
	substeps?: number;
	method?: OdeMethod;
};

/** Samples of the solution: `y[i]` is the state at `t[i]` (a fresh array per sample). */
export type OdeSolution = { t: number[]; y: number[][] };

const MAX_SAMPLES = 100_000;
const MAX_STEPS = 2_000_000;

/** Returns a function that advances `y` in place by one step of size h from time t. */
export function createStepper(
	f: Derivative,
	size: number,
	method: OdeMethod = 'rk4'
): (t: number, y: Float64Array, h: number) => void {
	integerIn('createStepper', 'size', size, 1, 1000);
	const k1 = new Float64Array(size);
	if (method === 'euler') {
		return (t, y, h) => {
			f(t, y, k1);
			for (let i = 0; i < size; i++) y[i]! += h * k1[i]!;
		};
	}
	if (method !== 'rk4')
		throw new RangeError(`createStepper: method must be 'rk4' or 'euler', got ${String(method)}`);
	const k2 = new Float64Array(size);
	const k3 = new Float64Array(size);
	const k4 = new Float64Array(size);
	const tmp = new Float64Array(size);
	return (t, y, h) => {
		f(t, y, k1);
		for (let i = 0; i < size; i++) tmp[i] = y[i]! + 0.5 * h * k1[i]!;
		f(t + 0.5 * h, tmp, k2);
		for (let i = 0; i < size; i++) tmp[i] = y[i]! + 0.5 * h * k2[i]!;
		f(t + 0.5 * h, tmp, k3);
		for (let i = 0; i < size; i++) tmp[i] = y[i]! + h * k3[i]!;
		f(t + h, tmp, k4);
		for (let i = 0; i < size; i++) y[i]! += (h / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!);
	};
}

/**
 * Integrates dy/dt = f(t, y) from t0 to t1 and returns samples at t0, t0 + sampleEvery, … and t1.
 * Throws RangeError for a non-finite or empty time span, a step that is not > 0, too many samples
 * (> 100 000) or steps (> 2 000 000), a non-finite initial state, or a state that becomes non-finite
 * (the step is then too large for the model).
 */
export function integrate(f: Derivative, y0: readonly number[], options: IntegrateOptions): OdeSolution {
	const where = 'integrate';
	const t0 = options.t0 ?? 0;
	const { t1 } = options;
	if (!Number.isFinite(t0) || !Number.isFinite(t1) || !(t1 > t0)) {
		throw new RangeError(`${where}: need finite t0 < t1, got t0 = ${t0}, t1 = ${t1}`);
	}
	const span = t1 - t0;
	const every = positive(where, 'sampleEvery', options.sampleEvery, span);
	const substeps = integerIn(where, 'substeps', options.substeps ?? 1, 1, 1000);
	const whole = Math.floor(span / every + 1e-9);
	const intervals = span - whole * every > 1e-9 * span ? whole + 1 : whole;
	if (intervals + 1 > MAX_SAMPLES || intervals * substeps > MAX_STEPS) {
		throw new RangeError(
			`${where}: ${intervals + 1} samples of ${substeps} sub-steps is too many; use a coarser sampleEvery`
		);
	}
	integerIn(where, 'y0.length', y0.length, 1, 1000);
	const y = Float64Array.from(y0);
	assertFinite(y, t0);
	const step = createStepper(f, y.length, options.method ?? 'rk4');
	const t: number[] = [t0];
	const ys: number[][] = [Array.from(y)];
	for (let i = 1; i <= intervals; i++) {
		const start = t0 + (i - 1) * every;
		const end = i === intervals ? t1 : t0 + i * every;
		const h = (end - start) / substeps;
		for (let s = 0; s < substeps; s++) step(start + s * h, y, h);
		assertFinite(y, end);
		t.push(end);
		ys.push(Array.from(y));
	}
	return { t, y: ys };
}

function assertFinite(y: Float64Array, t: number): void {
	for (const value of y) {
		if (!Number.isFinite(value)) {
			throw new RangeError(
				`integrate: the state is not finite at t = ${t}; the step is too large for this model`
			);
		}
	}
}
