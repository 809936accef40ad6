/**
 * A QR code's dark modules as one SVG path, a rectangle per horizontal run (a few hundred commands rather than
 * a thousand squares), in module units: draw it in a viewBox of the matrix's size.
 */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
	const commands: string[] = [];
	modules.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x += 1;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x += 1;
			commands.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
		}
	});
	return commands.join('');
}

/** a module is never drawn on fewer of the screen's own pixels: its edges stay sharp for a camera */
export const MIN_MODULE_device_px = 2;
/** the code, quiet zone included, is never smaller (CSS px): another phone reads it held close */
export const MIN_CODE_px = 120;

/**
 * The size (CSS px) to draw a code of `count` modules: whole device pixels per module (crisp edges for a phone's
 * camera), as many as `room` (CSS px) allows (a projector's code is read from the back of a hall), and never
 * under MIN_CODE_px nor MIN_MODULE_device_px a module. A phone's share dialog gives the code what its words
 * leave of a short screen (320 × 568): 123 px for 41 modules, not 164 at 4 px a module, which pushed Close
 * out of sight.
 */
export function qrPixels(count: number, room: number, pixelRatio = 1): number {
	if (count < 1) return 0;
	const ratio = pixelRatio > 0 ? pixelRatio : 1;
	const least = Math.max(MIN_MODULE_device_px, Math.ceil((MIN_CODE_px * ratio) / count));
	const perModule = Math.max(least, Math.floor((room * ratio) / count));
	return (perModule * count) / ratio;
}
