/** The address a sheet's code leads to: the page itself, without a fragment or query (its own page, anywhere it is hosted). */
export function sheetAddress(location: Pick<Location, 'origin' | 'pathname'>): string {
	return `${location.origin}${location.pathname}`;
}
