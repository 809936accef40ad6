import type { Studies } from '../studies';

// The English study lines of the references, written in by vite.config.ts (see ../studies.ts).
declare const __REFERENCE_STUDIES_EN__: Studies;
// a value, not the bare declared name: a re-exported ambient `declare const` is dropped as a type
const studies: Studies = __REFERENCE_STUDIES_EN__;
export default studies;
