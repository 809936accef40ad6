/** The ions the figures draw. Each has its own shape as well as its colour, and carries its symbol. */
export type IonKind = 'k' | 'na' | 'ca';

export const ionSymbols: Readonly<Record<IonKind, string>> = { k: 'K⁺', na: 'Na⁺', ca: 'Ca²⁺' };

/** Half the width and height of each glyph, viewBox units: what a layout check or a placement needs. */
export const ionHalfSize: Readonly<Record<IonKind, { x: number; y: number }>> = {
	k: { x: 18, y: 18 },
	na: { x: 22, y: 17 },
	ca: { x: 27, y: 27 }
};
