import type { Request } from 'restify';

export type BodyRead = { ok: true; body: Record<string, unknown> } | { ok: false; status: 400 | 413 };

/**
 * The request's JSON object, refused with 413 past `maxBytes`. Works whether or not the main server ran a
 * body parser first: a parsed body is measured again, a raw one is parsed, an unread stream is read here.
 */
export async function readJsonBody(req: Request, maxBytes: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) return { ok: false, status: 413 };
  const already: unknown = req.body;
  if (already !== undefined && already !== null && !(typeof already === 'string' || Buffer.isBuffer(already))) {
    if (Buffer.byteLength(JSON.stringify(already)) > maxBytes) return { ok: false, status: 413 };
    return asObject(already);
  }
  let raw: string;
  if (already !== undefined && already !== null) {
    raw = already.toString();
  } else if ((req as unknown as { _readBody?: boolean })._readBody) {
    raw = ''; // a reader upstream consumed an empty body
  } else {
    const read = await readStream(req, maxBytes);
    if (read === undefined) return { ok: false, status: 413 };
    raw = read;
  }
  if (Buffer.byteLength(raw) > maxBytes) return { ok: false, status: 413 };
  if (raw.trim() === '') return { ok: true, body: {} };
  try {
    return asObject(JSON.parse(raw));
  } catch {
    return { ok: false, status: 400 };
  }
}

function asObject(value: unknown): BodyRead {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, status: 400 };
  return { ok: true, body: value as Record<string, unknown> };
}

function readStream(req: Request, maxBytes: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        done = true;
        req.resume(); // drain the rest without keeping it
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}
