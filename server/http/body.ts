/**
 * Reading a request body with a ceiling. Past the ceiling the rest is read and
 * dropped (so the client, still sending, gets to see the 413) up to a hard
 * cap, beyond which the connection is cut.
 */
import type { IncomingMessage } from 'node:http';

export type BodyResult = { kind: 'ok'; body: Buffer } | { kind: 'too-large'; bytes: number } | { kind: 'aborted' };

const DRAIN_CAP_FACTOR = 16;

export function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let bytes = 0;
    let tooLarge = Number.isFinite(declared) && declared > maxBytes;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    if (tooLarge && declared > maxBytes * DRAIN_CAP_FACTOR) {
      // Not worth draining: answer now; the server closes the connection after the response.
      settle({ kind: 'too-large', bytes: declared });
      req.resume();
      return;
    }
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > maxBytes) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      else if (bytes > maxBytes * DRAIN_CAP_FACTOR) {
        settle({ kind: 'too-large', bytes });
        req.destroy();
      }
    });
    req.on('end', () => settle(tooLarge ? { kind: 'too-large', bytes } : { kind: 'ok', body: Buffer.concat(chunks) }));
    req.on('error', () => settle({ kind: 'aborted' }));
    req.on('close', () => settle({ kind: 'aborted' }));
  });
}
