import { isOwnKey, type FigureShape } from './figure-keys';
import { readQuery } from './query';
import { unknownKeys } from './unknown-keys';

/**
 * The keys a figure does not have (unknown-keys.ts), in an address where its keys are bare (its page, its
 * embed, a consultation, which clears a figure's keys as it moves on): `?temperature=45` for `?heat_C=45`.
 */
export const unknownFigureKeys = (query: string | URLSearchParams, scene: FigureShape): string[] =>
	unknownKeys(
		readQuery(query).map(([name]) => name),
		(name) => isOwnKey(name, scene, '')
	);
