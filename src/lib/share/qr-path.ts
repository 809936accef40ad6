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

/**
 * The size to draw a code of `count` modules: whole pixels per module (crisp edges for a phone's camera), as
 * many as `room` allows (a projector's code is read from the back of a hall), and at least MIN_MODULE_px so it
 * scans at arm's length.
 */
export const MIN_MODULE_px = 4;
export function qrPixels(count: number, room: number): number {
	const perModule = Math.max(MIN_MODULE_px, Math.floor(room / Math.max(1, count)));
	return perModule * count;
}
