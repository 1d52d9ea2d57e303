import QRCode from 'qrcode';

/** QR error correction: roughly 7 % (L), 15 % (M), 25 % (Q) or 30 % (H) of the code can be damaged. */
export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

/** Why a value could not be encoded. */
export type QrEncodeErrorReason = 'empty' | 'too-long';

/** Modules of light space on every side, as the QR specification (DENSO WAVE) requires. */
export const QUIET_ZONE = 4;

/** A QR code ready to draw. */
export interface QrCodeDrawing {
  /** Width and height in modules, the four-module quiet zone on each side included. */
  size: number;
  /**
   * One SVG path of the dark modules, in module units, already offset by the quiet zone: each run
   * of dark modules in a row is one rectangle. Draw it in a `0 0 size size` viewBox (or a canvas
   * scaled by whole pixels per module).
   */
  path: string;
  /** QR version chosen, 1 to 40. */
  version: number;
}

/** The value is empty, or too long to fit a QR code at the requested error correction. */
export class QrEncodeError extends Error {
  override name = 'QrEncodeError';
  constructor(
    readonly reason: QrEncodeErrorReason,
    readonly value: string,
  ) {
    super(reason === 'empty' ? 'Nothing to encode.' : 'The value is too long to fit a QR code.');
  }
}

/**
 * Encodes `value` (UTF-8, in the fewest modules `qrcode` finds) at `errorCorrection`.
 * Throws {@link QrEncodeError} when the value is empty or too long.
 */
export function encodeQr(value: string, errorCorrection: QrErrorCorrection = 'M'): QrCodeDrawing {
  if (value === '') throw new QrEncodeError('empty', value);
  let symbol: ReturnType<typeof QRCode.create>;
  try {
    symbol = QRCode.create(value, { errorCorrectionLevel: errorCorrection });
  } catch (error) {
    // qrcode only says so in words; a non-empty string fails for no other reason.
    if (error instanceof Error && /too big|cannot contain/i.test(error.message)) throw new QrEncodeError('too-long', value);
    throw error;
  }
  const { size: count, data } = symbol.modules;
  let path = '';
  for (let y = 0; y < count; y++) {
    let x = 0;
    while (x < count) {
      if (!data[y * count + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < count && data[y * count + x]) x++;
      path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`;
    }
  }
  return { size: count + QUIET_ZONE * 2, path, version: symbol.version };
}
