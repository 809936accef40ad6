import { isOwnKey, type FigureShape } from './figure-keys';
import { isForeignKey } from './foreign-keys';
import { readQuery } from './query';

/**
 * The keys of an address where a figure's keys are bare (its page, its embed, a consultation, which clears a
 * figure's keys as it moves on) that are neither the figure's nor the site's nor a link tracker's: most likely
 * one of its own mistyped (`?temperature=45` for `?heat_C=45`), so the figure says it shows another case than
 * the one the link meant. Each once, in the address's order.
 */
export function unknownFigureKeys(query: string | URLSearchParams, scene: FigureShape): string[] {
	const names = readQuery(query).map(([name]) => name);
	return [...new Set(names.filter((name) => name && !isForeignKey(name) && !isOwnKey(name, scene, '')))];
}
