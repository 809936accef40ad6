import { isOwnKey, type FigureShape } from './figure-keys';
import { isForeignKey } from './foreign-keys';
import { readQuery } from './query';

/**
 * The keys of a figure's own page address (bare keys: its page, its embed) that are neither the figure's nor
 * the site's nor a link tracker's: most likely one of its own mistyped (`?temperature=45` for `?heat_C=45`),
 * so the figure says it shows another case than the one the link meant. Each once, in the address's order.
 */
export function unknownFigureKeys(query: string | URLSearchParams, scene: FigureShape): string[] {
	const names = readQuery(query).map(([name]) => name);
	return [...new Set(names.filter((name) => name && !isForeignKey(name) && !isOwnKey(name, scene, '')))];
}
