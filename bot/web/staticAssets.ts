import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Request, Response } from 'restify';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

interface Encoded {
  raw: Buffer;
  gzip: Buffer;
  br: Buffer;
  etag: string;
}

/**
 * Bodies compressed once and kept: Web Chat's full bundle is 3.9 MB raw but ~0.7 MB as brotli, which
 * matters on a cheap phone on pay-as-you-go data.
 */
export async function encodeBody(raw: Buffer): Promise<Encoded> {
  const [gz, br] = await Promise.all([
    gzipAsync(raw, { level: 9 }),
    brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
  ]);
  return { raw, gzip: gz, br, etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 22)}"` };
}

/** A file read and compressed on first use, then served from memory. */
export function staticFile(path: string, contentType: string, cacheControl: string) {
  let encoded: Promise<Encoded> | undefined;
  return async (req: Request, res: Response): Promise<void> => {
    encoded ??= readFile(path).then(encodeBody);
    sendEncoded(req, res, await encoded, contentType, cacheControl);
  };
}

/** Sends a small dynamic body (a page), compressed if the client accepts it. */
export async function sendCompressed(req: Request, res: Response, body: string, contentType: string): Promise<void> {
  const raw = Buffer.from(body);
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const headers: Record<string, string | number> = { 'Content-Type': contentType, 'Cache-Control': 'no-store', Vary: 'Accept-Encoding' };
  let payload = raw;
  if (/\bgzip\b/.test(accepted)) {
    payload = await gzipAsync(raw);
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = payload.length;
  res.writeHead(200, headers);
  res.end(payload);
}

function sendEncoded(req: Request, res: Response, encoded: Encoded, contentType: string, cacheControl: string): void {
  const headers: Record<string, string | number> = {
    'Content-Type': contentType,
    'Cache-Control': cacheControl,
    ETag: encoded.etag,
    Vary: 'Accept-Encoding',
  };
  if (req.headers['if-none-match'] === encoded.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const accepted = String(req.headers['accept-encoding'] ?? '');
  let body = encoded.raw;
  if (/\bbr\b/.test(accepted)) {
    body = encoded.br;
    headers['Content-Encoding'] = 'br';
  } else if (/\bgzip\b/.test(accepted)) {
    body = encoded.gzip;
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
