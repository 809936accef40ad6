/**
 * Whether `object` has `key` as its own property: what `Object.hasOwn` says, for browsers that lack it
 * (Safari and iOS before 15.4), where calling it threw and every island of the page stayed as prerendered.
 */
export const hasOwn = (object: object, key: PropertyKey): boolean =>
	Object.prototype.hasOwnProperty.call(object, key);
