/**
 * A plain space between a number and its unit in French ("43 °C", "4 mm"), with some text around it: French
 * keeps them together with a no-break space, so that no line starts with the unit. A unit is one the site
 * writes, and not the start of a word ("TRPV1 s’ouvre"), or a span of time in words ("6 mois", "38 minutes",
 * "3 mois après": a line that starts with "mois" reads as badly as one that starts with "mm").
 */
export const looseUnits = (text: string): string[] =>
	text.match(
		/.{0,16}\d (?:mm|mM|mV|mL|°C|cm|µm|nm|mmol|mg|kg|g|L|h|min|ms|s|G|secondes?|minutes?|heures?|jours?|semaines?|mois|ans|années?)(?![\p{L}’']).{0,8}/gu
	) ?? [];
