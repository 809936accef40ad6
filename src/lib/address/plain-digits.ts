// Invisible formatting characters (a right-to-left mark or override, a zero-width space or joiner, a byte-order
// mark), which a paste can bring along with a number and no reader means as part of it.
const INVISIBLE = /\p{Cf}/gu;
// Digits of other scripts a keyboard can type: Arabic-Indic (٠–٩), Eastern Arabic-Indic (۰–۹), and the
// full-width ones of Chinese and Japanese input (０–９). Each block's digits end in 0–9 in hexadecimal.
const OTHER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g;

/** `text` with its digits in 0–9 and without invisible formatting characters: what a field then reads. */
export const plainDigits = (text: string) =>
	text.replace(INVISIBLE, '').replace(OTHER_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf));
