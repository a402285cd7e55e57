/**
 * Draws a QR code as one SVG path. The encoder gives a matrix of modules; we trace it ourselves so
 * the chunk carries only the encoder and not a renderer with colours, sizes and markup we would
 * override anyway.
 */
import { encode } from 'uqr';

/** Light modules around the code that scanners need to find it; the QR standard asks for four. */
export const quietZone = 4;

/** A QR code as an SVG path in module units: one unit per module, the quiet zone not included. */
export interface QrPath {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** The dark modules, for `<path d>` in a viewBox of `size` × `size`. */
  path: string;
}

/**
 * Encodes `text` with error correction level M (survives about 15 % damage: glare on a screen,
 * a scratched phone camera) and returns its dark modules as a path. Pure and deterministic.
 */
export function qrSvgPath(text: string): QrPath {
  const { size, data } = encode(text, { ecc: 'M', border: 0 });
  let path = '';
  // One rectangle per horizontal run of dark modules keeps the path short, and whole-unit edges
  // stay sharp with shape-rendering="crispEdges".
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      path += `M${start} ${y}h${x + 1 - start}v1H${start}z`;
    }
  });
  return { size, path };
}
