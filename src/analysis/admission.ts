/**
 * Admission control and memoisation for the expensive analyses (src/analysis), so that a burst of
 * them cannot starve the cheap reads:
 *
 * - **A concurrency limit** (`AnalysisLimiter`): at most `concurrency` analysis statements run at
 *   once; the rest wait in a bounded FIFO queue. When the queue is full, or a request has waited
 *   `maxWaitMs`, it fails at once with SERVICE_BUSY (HTTP 503, `Retry-After`) instead of piling up
 *   on Neo4j and timing out. Page reads never go through it.
 * - **Answers cached per graph version** (`AnalysisCache`): an analysis is a pure function of its
 *   arguments and the graph, and the graph changes only when something is loaded (seeds, ingestion,
 *   the generator). The version is the bookmark Neo4j returns for a read transaction, which names
 *   the last committed transaction: any commit gives a new version, and the cache starts afresh.
 *   Concurrent requests for the same answer share one computation (single flight), and only a
 *   computation takes a place in the limiter.
 *
 * A computation gets a longer transaction time-out than a page read (`computeTimeoutMs`): it runs
 * once per graph version, and the limiter bounds how many run.
 *
 * The service owns one `AnalysisAdmission` (a limiter and a cache over its Database) and hands it
 * to the resolvers in the GraphQL context; nothing is kept on the Database itself.
 */
import { GraphQLError } from 'graphql';
import type { Database, QueryListener, Tx } from '../db/database.ts';
import { ErrorCode, httpStatus } from '../model/error-codes.ts';

export interface AnalysisLimitOptions {
  /** Analysis statements running at once (default 2: Neo4j has the machine's cores to share). */
  concurrency: number;
  /** Analyses waiting for a place; one more fails with SERVICE_BUSY (default 64). */
  maxQueue: number;
  /** The longest an analysis waits for a place before it fails with SERVICE_BUSY (default 15 s). */
  maxWaitMs: number;
  /**
   * Transaction time-out for computing a cached analysis (default 120 s, never less than the
   * configured NEO4J_TX_TIMEOUT_MS). Longer than a page read's: such a computation runs once per graph
   * version and at most `concurrency` at a time, and at 100,000 inspections the first computation of
   * recurringRecommendations takes several seconds; with the page-read time-out it could never finish.
   */
  computeTimeoutMs: number;
}

const DEFAULT_ANALYSIS_LIMIT: AnalysisLimitOptions = { concurrency: 2, maxQueue: 64, maxWaitMs: 15_000, computeTimeoutMs: 120_000 };

/** The error a client gets when the analyses' queue is full: retry later; HTTP status 503. */
function serviceBusy(reason: string, retryAfterSeconds = 2): GraphQLError {
  return new GraphQLError(`The service is busy with other analyses (${reason}); try again in a few seconds.`, {
    extensions: {
      code: ErrorCode.SERVICE_BUSY,
      retryAfterSeconds,
      // Apollo Server takes the HTTP status and headers from here and removes them from the body.
      http: { status: httpStatus(ErrorCode.SERVICE_BUSY), headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

interface Waiter {
  start: () => void;
  fail: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/** A counting semaphore with a bounded FIFO queue and a bounded wait. */
export class AnalysisLimiter {
  private active = 0;
  private readonly queue: Waiter[] = [];

  constructor(readonly options: AnalysisLimitOptions = DEFAULT_ANALYSIS_LIMIT) {
    if (!(options.concurrency >= 1) || !(options.maxQueue >= 0) || !(options.maxWaitMs > 0)) throw new Error('AnalysisLimiter: invalid options');
  }

  /** Analyses running now and waiting now (metrics, tests). */
  get running(): number {
    return this.active;
  }

  get waiting(): number {
    return this.queue.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.options.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    if (this.queue.length >= this.options.maxQueue) {
      return Promise.reject(serviceBusy(`${this.active} running and ${this.queue.length} waiting`));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        fail: reject,
        timer: setTimeout(() => {
          const at = this.queue.indexOf(waiter);
          if (at >= 0) this.queue.splice(at, 1);
          reject(serviceBusy(`waited ${this.options.maxWaitMs} ms for a place`));
        }, this.options.maxWaitMs),
      };
      this.queue.push(waiter);
    });
  }

  private release(): void {
    const next = this.queue.shift();
    // The place passes straight to the next waiter, so `active` stays the same.
    if (next) next.start();
    else this.active--;
  }
}

/** How an answer is computed again for a later graph version (without the first request's listener). */
export type Refresh = () => Promise<unknown>;

interface CacheEntry {
  answer: Promise<unknown>;
  refresh?: Refresh;
  /** Whether the answer has come back (a hit before then joins the computation in flight). */
  settled: boolean;
  /**
   * Whether a request asked for it (or the warmer computed it again because one had): only these are
   * handed over as in use. The defaults the warmer computes on its own are not, or they would come
   * before what clients ask, and the warmer computes them afterwards anyway.
   */
  inUse: boolean;
}

/** What the cache has done since it was created (/metrics, tests). */
export interface CacheCounts {
  /** Requests answered from the cache: a stored answer, or a computation already in flight. */
  hits: number;
  /** Of the hits, those that joined a computation still in flight (and waited for the rest of it). */
  joined: number;
  /** Requests that had to start a computation. */
  misses: number;
}

/**
 * Answers keyed by argument, valid for one graph version; a new version empties it, and keeps the
 * analyses that were in use (most recently used first) so the warmer computes them again first.
 */
export class AnalysisCache {
  private version: string | null = null;
  private readonly answers = new Map<string, CacheEntry>();
  private inUse: Array<[string, Refresh]> = [];
  private readonly counts: CacheCounts = { hits: 0, joined: 0, misses: 0 };

  constructor(readonly maxEntries = 256) {}

  get size(): number {
    return this.answers.size;
  }

  /** Hits and misses of the requests (`counted`); the warmer's own calls are not counted. */
  get stats(): CacheCounts {
    return { ...this.counts };
  }

  /** The analyses in use under the version before `version`, most recently used first; each handed out once. */
  takeInUse(version: string): Array<[string, Refresh]> {
    this.startVersion(version);
    const list = this.inUse;
    this.inUse = [];
    return list;
  }

  has(version: string, key: string): boolean {
    return version === this.version && this.answers.has(key);
  }

  get<T>(version: string, key: string, compute: () => Promise<T>, opts: { refresh?: Refresh; counted?: boolean; inUse?: boolean } = {}): Promise<T> {
    this.startVersion(version);
    const counted = opts.counted ?? true;
    const inUse = opts.inUse ?? counted;
    const hit = this.answers.get(key);
    if (hit) {
      if (inUse) hit.inUse = true;
      if (counted) {
        this.counts.hits++;
        if (!hit.settled) this.counts.joined++;
      }
      // Least recently used first.
      this.answers.delete(key);
      this.answers.set(key, hit);
      return hit.answer as Promise<T>;
    }
    if (counted) this.counts.misses++;
    const answer = compute();
    const entry: CacheEntry = { answer, refresh: opts.refresh, settled: false, inUse };
    this.answers.set(key, entry);
    if (this.answers.size > this.maxEntries) this.answers.delete(this.answers.keys().next().value!);
    // A failure is not remembered: the next request tries again.
    answer.then(
      () => void (entry.settled = true),
      () => {
        entry.settled = true;
        if (this.answers.get(key)?.answer === answer) this.answers.delete(key);
      },
    );
    return answer;
  }

  private startVersion(version: string): void {
    if (version === this.version) return;
    const inUse = [...this.answers].reverse().flatMap(([key, e]): Array<[string, Refresh]> => (e.refresh && e.inUse ? [[key, e.refresh]] : []));
    // Two versions in a row with nothing asked in between: the older list still says what is in use.
    if (inUse.length) this.inUse = inUse;
    this.version = version;
    this.answers.clear();
  }
}

/** One service's admission control for the analyses over its Database: a limiter and a cache. */
export interface AnalysisAdmission {
  readonly db: Database;
  readonly limiter: AnalysisLimiter;
  readonly cache: AnalysisCache;
  /** Set on the warmer's view of the admission: its calls are not counted as hits or misses. */
  readonly warming?: boolean;
}

/** The admission control a service creates for its Database (default limits unless given). */
export function analysisAdmission(db: Database, options: Partial<AnalysisLimitOptions> = {}): AnalysisAdmission {
  return { db, limiter: new AnalysisLimiter({ ...DEFAULT_ANALYSIS_LIMIT, ...options }), cache: new AnalysisCache() };
}

/**
 * An analysis answer for `key` (its name and normalised arguments): from the cache when the graph
 * has not changed since it was computed, else computed once, through the limiter.
 */
export async function cachedAnalysis<T>(admission: AnalysisAdmission, key: string, work: (tx: Tx) => Promise<T>, onQuery?: QueryListener): Promise<T> {
  const { db, limiter, cache } = admission;
  const version = await db.version(admission.warming ? undefined : onQuery);
  const timeoutMs = Math.max(limiter.options.computeTimeoutMs, db.txTimeoutMs);
  // The warmer's computations tell no request's listener (they belong to none).
  const listener = admission.warming ? undefined : onQuery;
  return cache.get(version, key, () => limiter.run(() => db.read(work, listener, timeoutMs)), {
    counted: !admission.warming,
    refresh: () => limiter.run(() => db.read(work, undefined, timeoutMs)),
  });
}
