import QRCode from 'qrcode';

/** Medium error correction survives a creased or smudged card; four modules of quiet zone, as the standard asks. */
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

export function qrSvg(link: string): Promise<string> {
  return QRCode.toString(link, { ...QR_OPTIONS, type: 'svg' });
}

export function qrPng(link: string): Promise<Buffer> {
  return QRCode.toBuffer(link, { ...QR_OPTIONS, type: 'png', width: 600 });
}
