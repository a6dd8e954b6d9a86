/**
 * Serialised answers to read queries, replayed until the graph changes.
 *
 * The graph is read-mostly: it changes only through this server's ingest and
 * remove mutations (and through `loadGraph`, which runs before a server is
 * started on the store). A Neo4j database shared with writers that bypass this
 * server would serve stale answers here; that is outside the deployment model
 * (see server/graphql/ingest.ts, which bumps the version on every write).
 *
 * Keys are the request's exact bytes that decide its answer (method, Accept,
 * Content-Type, and the POST body or GET query string), so a hit replays the
 * answer Apollo gave those bytes before, headers included. Only complete 200
 * answers of query operations without errors are stored (see
 * server/graphql/cacheable-plugin.ts); mutations and errors never are.
 * Bounded by entries and bytes, least recently used out first.
 */
import { createHash } from 'node:crypto';

export interface CachedAnswer {
  status: number;
  /** Apollo's response headers (content-type depends on Accept, which is part of the key). */
  headers: Array<[string, string]>;
  body: Buffer;
  etag: string;
}

export interface ResponseCacheOptions {
  maxEntries?: number;
  maxBytes?: number;
  /** Requests whose key is longer are not cached (bounds key memory; queries are ≤ 20 KiB). */
  maxKeyBytes?: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private bytes = 0;
  private seenVersion: number;
  readonly maxEntries: number;
  readonly maxBytes: number;
  readonly maxKeyBytes: number;
  hits = 0;
  misses = 0;

  /** `version` reads the graph version; any change empties the cache. */
  constructor(
    private readonly version: () => number,
    options: ResponseCacheOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 2000;
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.maxKeyBytes = options.maxKeyBytes ?? 64 * 1024;
    this.seenVersion = version();
  }

  static key(method: string, accept: string | undefined, contentType: string | undefined, request: string): string {
    return `${method}\n${accept ?? ''}\n${contentType ?? ''}\n${request}`;
  }

  /** The graph version a request starts under: pass it back to `store` so an answer computed across a write is dropped. */
  currentVersion(): number {
    this.sync();
    return this.seenVersion;
  }

  get(key: string): CachedAnswer | undefined {
    this.sync();
    const hit = this.entries.get(key);
    if (!hit) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Re-insert: Map order is the recency order.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  /** Stores an answer computed under `startedAt`; dropped if the graph changed meanwhile. Returns what was stored. */
  store(key: string, startedAt: number, status: number, headers: Array<[string, string]>, body: Buffer): CachedAnswer {
    const answer: CachedAnswer = { status, headers, body, etag: etagOf(body) };
    this.sync();
    if (startedAt !== this.seenVersion || this.version() !== startedAt) return answer;
    const size = body.length + key.length * 2;
    if (key.length > this.maxKeyBytes || size > this.maxBytes) return answer;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.body.length + key.length * 2;
    }
    this.entries.set(key, answer);
    this.bytes += size;
    for (const [k, v] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.body.length + k.length * 2;
    }
    return answer;
  }

  get size(): number {
    return this.entries.size;
  }

  private sync(): void {
    const now = this.version();
    if (now === this.seenVersion) return;
    this.entries.clear();
    this.bytes = 0;
    this.seenVersion = now;
  }
}

/** A strong validator: the same bytes give the same tag, whichever graph version produced them. */
export function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** If-None-Match per RFC 9110 §13.1.2 (weak comparison; `*` matches any). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}
