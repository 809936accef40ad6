// The skin and the needles of an injection, to scale: where a needle's tip ends (science.md C2 #12).
import { inRange } from './check';

/**
 * Thickness of the layers at injection sites, mm. Skin (epidermis and dermis) is 1.9–2.4 mm thick and the
 * subcutaneous fat 10–15 mm on average at the arm, abdomen and thigh (Gibney et al. 2010, via science.md
 * C2 #12); the epidermis is about 0.1 mm of the skin (textbook). The dermis is taken as 2 mm.
 */
export const SKIN_mm = Object.freeze({ epidermis: 0.1, dermis: 2, subcutisMin: 10, subcutisMax: 15 });

/** Depth at which the dermis ends, mm: below it, an injection is no longer intradermal. */
export const SKIN_DEPTH_mm = SKIN_mm.epidermis + SKIN_mm.dermis;

export interface Needle {
	gauge: number;
	length_mm: number;
	/** outer diameter, mm (ISO 9626) */
	diameter_mm: number;
}

/** The two needles hydrotomy names (science.md C2 #12): 27 G × 4 mm (0.40 mm) and 26 G × 13 mm (0.45 mm). */
export const HYDROTOMY_NEEDLES: readonly Readonly<Needle>[] = Object.freeze([
	Object.freeze({ gauge: 27, length_mm: 4, diameter_mm: 0.4 }),
	Object.freeze({ gauge: 26, length_mm: 13, diameter_mm: 0.45 })
]);

/** A needle's angle to the skin's surface, degrees: from along it (0) to straight in (90). */
export const NEEDLE_LIMITS = Object.freeze({ angle_deg: [0, 90] } as const);

export type SkinLayer = 'epidermis' | 'dermis' | 'subcutis' | 'muscle';

/**
 * The layer at a depth under the skin surface (mm, 0–100), with the fat `subcutis_mm` thick (0–100). At a
 * boundary the deeper layer wins. Throws RangeError outside those ranges.
 */
export function layerAt(depth_mm: number, subcutis_mm: number): SkinLayer {
	inRange('layerAt', 'depth_mm', depth_mm, 0, 100, 'mm');
	inRange('layerAt', 'subcutis_mm', subcutis_mm, 0, 100, 'mm');
	if (depth_mm < SKIN_mm.epidermis) return 'epidermis';
	if (depth_mm < SKIN_DEPTH_mm) return 'dermis';
	if (depth_mm < SKIN_DEPTH_mm + subcutis_mm) return 'subcutis';
	return 'muscle';
}
