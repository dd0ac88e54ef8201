/**
 * The database handle the rest of the code uses: reads through `executeRead`, writes through
 * `executeWrite` (so a cluster routes them to followers and the leader), each with the configured
 * transaction timeout and the database named (saves the driver a round trip to find it). Every
 * statement is counted per request by the optional `onQuery` hook, which is how tests and benchmarks
 * measure Cypher round trips.
 */
import neo4j, { isRetryableError, type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { DatabaseHealth, DatabaseUnavailableError } from './health.ts';

export type QueryListener = (cypher: string, params: Record<string, unknown>) => void;

export interface Tx {
  run<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<R>>;
}

/** Runs one statement: in a transaction, or in a session as an auto-commit statement. */
type Runner = (cypher: string, params: Record<string, unknown>) => Promise<QueryResult>;

/** Told when each statement starts and how long it took (metrics). */
export interface StatementObserver {
  started(): void;
  finished(seconds: number): void;
}

export class Database {
  readonly health: DatabaseHealth;
  /** Who is told of every statement (each service's metrics): see observe(). */
  private readonly observers = new Set<StatementObserver>();
  /** Who is told after each write this process commits (the analyses' warmer): see onCommit(). */
  private readonly committed = new Set<() => void>();
  /** Write transactions this process has open now (the warmer waits for none: see writesInFlight). */
  private writing = 0;
  /**
   * One bookmark manager for the process: every session waits for the writes this process has
   * committed, so a read after an ingest sees it, even when a cluster routes the read to a follower.
   */
  private readonly bookmarkManager = neo4j.bookmarkManager();

  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly txTimeoutMs: number,
  ) {
    this.health = new DatabaseHealth(driver, database);
  }

  /**
   * A read transaction. `timeoutMs` overrides the configured timeout for reads known to be long,
   * such as computing an analysis for the cache.
   */
  async read<T>(work: (tx: Tx) => Promise<T>, onQuery?: QueryListener, timeoutMs?: number): Promise<T> {
    this.ensureAvailable();
    const { session } = await this.session('READ');
    try {
      return await session.executeRead((tx) => work(wrap((c, p) => tx.run(c, p), onQuery, this.observers)), { timeout: timeoutMs ?? this.txTimeoutMs });
    } catch (e) {
      this.health.failed(e);
      throw e;
    } finally {
      await session.close();
    }
  }

  /**
   * A write transaction. `timeoutMs` overrides the configured timeout for work known to be long,
   * such as loading a whole seed or document batch in one transaction.
   */
  async write<T>(work: (tx: Tx) => Promise<T>, onQuery?: QueryListener, timeoutMs?: number): Promise<{ result: T; bookmarks: string[] }> {
    this.ensureAvailable();
    const { session } = await this.session('WRITE');
    this.writing++;
    try {
      const result = await session.executeWrite((tx) => work(wrap((c, p) => tx.run(c, p), onQuery, this.observers)), { timeout: timeoutMs ?? this.txTimeoutMs });
      for (const listener of this.committed) listener();
      return { result, bookmarks: session.lastBookmarks() };
    } catch (e) {
      this.health.failed(e);
      throw e;
    } finally {
      this.writing--;
      await session.close();
    }
  }

  /**
   * Write transactions this process has open now: a load of many transactions has one open almost
   * all the time, so the analyses' warmer (src/analysis/warm.ts) waits while there is one rather
   * than compete with the load for Neo4j and compute answers the next commit makes stale.
   */
  get writesInFlight(): number {
    return this.writing;
  }

  /**
   * A one-statement read as an auto-commit transaction: one round trip to Neo4j where a managed
   * transaction costs two (its COMMIT is the second), which is most of the difference for a small
   * query. A single read statement needs no more: it is atomic on its own. What the managed
   * transaction adds, the retry of a transient failure (a cluster leader switch, a deadlock), is
   * kept: retried once.
   */
  async query<R extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}, onQuery?: QueryListener): Promise<QueryResult<R>> {
    return (await this.autoCommit<R>(cypher, params, onQuery)).result;
  }

  /**
   * The graph's version: the bookmark of a trivial read, which names the last transaction committed
   * to the database. Any commit gives a new version (the analyses' cache keys on it).
   */
  async version(onQuery?: QueryListener): Promise<string> {
    return (await this.autoCommit('RETURN 1 AS graphVersion', {}, onQuery)).bookmarks.join(',');
  }

  private async autoCommit<R extends RecordShape>(cypher: string, params: Record<string, unknown>, onQuery?: QueryListener): Promise<{ result: QueryResult<R>; bookmarks: string[] }> {
    this.ensureAvailable();
    for (let attempt = 1; ; attempt++) {
      const { session } = await this.session('READ');
      try {
        const autoCommit: Runner = (c, p) => session.run(c, p, { timeout: this.txTimeoutMs });
        const result = await wrap(autoCommit, onQuery, this.observers).run<R>(cypher, params);
        return { result, bookmarks: session.lastBookmarks() };
      } catch (e) {
        if (attempt < 2 && isRetryableError(e)) continue;
        this.health.failed(e);
        throw e;
      } finally {
        await session.close();
      }
    }
  }

  /** Call `listener` after each write transaction this process commits, until the returned function is called. */
  onCommit(listener: () => void): () => void {
    this.committed.add(listener);
    return () => void this.committed.delete(listener);
  }

  /** Tell `observer` when each statement starts and how long it took, until the returned function is called. */
  observe(observer: StatementObserver): () => void {
    this.observers.add(observer);
    return () => void this.observers.delete(observer);
  }

  async close(): Promise<void> {
    this.health.stop();
    await this.driver.close();
  }

  /** While the circuit is open (Neo4j unreachable), fail at once rather than wait for time-outs. */
  private ensureAvailable(): void {
    if (!this.health.available) throw new DatabaseUnavailableError();
  }

  private async session(mode: 'READ' | 'WRITE') {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE',
      bookmarkManager: this.bookmarkManager,
    });
    return { session };
  }
}

/**
 * A failed statement's error with a stack after all: the one it comes back with, so an internal
 * error is logged with where it was run from (this frame and the async ones that awaited it).
 */
function withStack(error: unknown): unknown {
  if (error instanceof Error && !/\n\s+at /.test(error.stack ?? '')) Error.captureStackTrace(error, withStack);
  return error;
}

/**
 * `work()` with no JavaScript stack captured by errors created meanwhile. The driver creates an
 * Error for every statement it runs, only to keep its stack for an error that may come back
 * (neo4j-driver-core result.js, captureStacktrace); with source maps on (tsx) formatting that stack
 * was about 3% of the service's CPU under load. A failed statement's error keeps its message, code
 * and cause, and gets the stack of the code that awaited it when it fails (withStack).
 */
function withoutStackCapture<T>(work: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return work();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function wrap(runner: Runner, onQuery: QueryListener | undefined, observers: ReadonlySet<StatementObserver>): Tx {
  return {
    run: <R extends RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult<R>> => {
      onQuery?.(cypher, params);
      const run = async () => {
        try {
          return await withoutStackCapture(() => runner(cypher, toNeo4jParams(params) as Record<string, unknown>) as Promise<QueryResult<R>>);
        } catch (e) {
          throw withStack(e);
        }
      };
      if (observers.size === 0) return run();
      const watching = [...observers];
      const t0 = process.hrtime.bigint();
      for (const o of watching) o.started();
      const result = run();
      const done = () => {
        const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
        for (const o of watching) o.finished(seconds);
      };
      result.then(done, done);
      return result;
    },
  };
}

/**
 * JavaScript has one number type, and the driver sends every number as a float. Whole numbers are
 * sent as Neo4j integers instead, so LIMIT/SKIP accept them and counts are stored as integers
 * (Browser shows 71, not 71.0).
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toNeo4jParams(v);
    return out;
  }
  return value;
}
