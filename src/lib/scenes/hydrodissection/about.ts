import { defineAbout } from '../about';
import { VOLUME_mL } from './model';

/** What the hydrodissection figure assumes (model.md, "What each figure assumes"). */
export const about = defineAbout([
	{
		key: 'volume',
		kind: 'choice',
		values: (n) => ({ min: n.mL(VOLUME_mL.min), max: n.mL(VOLUME_mL.max), default: n.mL(VOLUME_mL.default) }),
		refs: ['wu-2017', 'lin-2020']
	},
	{ key: 'fluid', kind: 'choice' },
	{ key: 'anatomy', kind: 'choice' }
]);
