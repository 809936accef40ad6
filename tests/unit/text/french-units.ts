/**
 * A plain space between a number and its unit in French ("43 °C", "4 mm"), with some text around it: French
 * keeps them together with a no-break space, so that no line starts with the unit. A unit is one the site
 * writes, and not the start of a word ("TRPV1 s’ouvre", "10 semaines").
 */
export const looseUnits = (text: string): string[] =>
	text.match(/.{0,16}\d (?:mm|mM|mV|mL|°C|cm|µm|nm|mmol|mg|kg|g|L|h|min|ms|s|G)(?![\p{L}’']).{0,8}/gu) ?? [];
