/**
 * The trial counts behind the comparison page's icon arrays, as the papers report them, and the one
 * function that turns a count into natural frequencies ("about N people out of 100"). Each pair compares
 * options within one randomised trial, so they share the denominator (100) and the time frame.
 */
export interface Arm {
	/** people in this arm who had the outcome */
	events: number;
	/** people in this arm who were assessed at that time */
	total: number;
}

export interface TrialComparison {
	/** the reference id in src/content/references.ts */
	ref: string;
	/** when the outcome was measured, after the start of treatment */
	months: number;
	arms: Readonly<Record<string, Arm>>;
}

/** About how many people out of 100: the count scaled to 100 and rounded to the nearest whole person. */
export function perHundred({ events, total }: Arm): number {
	if (!Number.isInteger(events) || !Number.isInteger(total) || total <= 0 || events < 0 || events > total)
		throw new RangeError(`Not a count: ${events} out of ${total}`);
	return Math.round((100 * events) / total);
}

/**
 * Carpal tunnel syndrome: open surgery against a night splint (Gerritsen et al. 2002, JAMA 288:1245,
 * intention to treat): "general improvement" (the patient felt better or much better) at 3 months,
 * 62 of 78 operated and 46 of 86 splinted patients.
 */
export const carpalTunnelSurgeryVsSplint = {
	ref: 'gerritsen-2002',
	months: 3,
	arms: {
		surgery: { events: 62, total: 78 },
		splint: { events: 46, total: 86 }
	}
} as const satisfies TrialComparison;

/** The comparisons the page may draw, by id: <IconArray data="carpal-tunnel" arm="surgery" />. */
export const comparisons = {
	'carpal-tunnel': carpalTunnelSurgeryVsSplint
} as const satisfies Record<string, TrialComparison>;
