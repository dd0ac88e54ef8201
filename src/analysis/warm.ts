/**
 * No cold first call: after a load (any write this process commits: the seeds, an ingested
 * document, the benchmark's generator) the analyses' cache (admission.ts) is filled again in the
 * background, so the first request after a load is answered from it, or joins the computation
 * already under way, which blocks no other request.
 *
 *   load        a write transaction committed through this process's Database (Database.onCommit),
 *               or the service's start-up asking for it (the graph may be loaded already)
 *   in use      the analyses answered under the previous graph version, most recently used first:
 *               computed again first, because they are what clients are asking
 *   defaults    then every analysis with its default arguments (the graphql layer lists them)
 *
 *   quiet       no write transaction of this process open (Database.writesInFlight) and no commit
 *               for `delayMs`. A warm-up starts only then, and stops between two analyses when a
 *               write opens: its commit would make the answers stale, and a load of many
 *               transactions (which has one open almost all the time) is not slowed by warm-ups
 *               between them; it warms once, after its last commit
 *   watch       writes made by another process (the `ingest` CLI, another service, Neo4j Browser)
 *               commit nothing through this Database: every `watchMs` the warmer reads the graph
 *               version, and one no warm-up has started from is a load too
 *
 * One analysis at a time, through the same limiter as requests: the warmer holds at most one of its
 * places, so requests keep the others. A commit while warming starts the list again for the new
 * version. Failures are counted and logged, never thrown: the requests will compute.
 */
import type { AnalysisAdmission } from './admission.ts';

/** One analysis to compute into the cache (its answer is discarded). */
export type WarmTask = () => Promise<unknown>;

export interface WarmStats {
  /** Warm-ups finished (or cut short by a newer load). */
  runs: number;
  /** Analyses the warm-ups computed or found cached. */
  analyses: number;
  /** Analyses that failed (the requests compute them then). */
  failed: number;
  /** Whether a warm-up is scheduled or running now. */
  busy: boolean;
  /** How long the last finished warm-up took, from its start. */
  lastMs: number | null;
  /** Graph versions the watch found that no write of this process made (loads by other processes). */
  watched: number;
}

export interface WarmerOptions {
  /** How long after a load the warm-up starts; a further load within it moves it later (default 250 ms). */
  delayMs: number;
  /** How often watch() reads the graph version for writes made by other processes (0 or unset: never). */
  watchMs?: number;
  log?: (message: string, error?: unknown) => void;
}

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

export class AnalysisWarmer {
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | undefined;
  private pending = false;
  private stopped = false;
  private holds = 0;
  private idle: Deferred | null = null;
  private watcher: NodeJS.Timeout | undefined;
  private checking = false;
  /** The graph version the last warm-up started from (a request may move the cache on before the watch sees it). */
  private warmed: string | null = null;
  private readonly counts = { runs: 0, analyses: 0, failed: 0, lastMs: null as number | null, watched: 0 };
  /** The admission as the warmer uses it: the same limiter and cache, its calls not counted as requests'. */
  readonly admission: AnalysisAdmission;

  constructor(
    admission: AnalysisAdmission,
    /** The default analyses, as tasks over the warmer's admission (read when each warm-up starts). */
    private readonly defaults: (warming: AnalysisAdmission) => Promise<WarmTask[]>,
    private readonly options: WarmerOptions = { delayMs: 250 },
  ) {
    this.admission = { ...admission, warming: true };
  }

  get stats(): WarmStats {
    return { ...this.counts, busy: this.idle !== null };
  }

  /**
   * `load()` as one load: the commits it makes schedule no warm-up while it runs, and one warm-up
   * follows it (a multi-transaction load, such as the seeds at start-up, would otherwise start a
   * warm-up between its transactions whenever it paused for longer than `delayMs`).
   */
  async hold<T>(load: () => Promise<T>): Promise<T> {
    this.holds++;
    try {
      return await load();
    } finally {
      this.holds--;
      this.schedule();
    }
  }

  /** A load happened: warm the cache once things are quiet for `delayMs`. */
  schedule(): void {
    if (this.stopped || this.holds > 0) return;
    this.idle ??= deferred();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.writing()) return this.schedule();
      this.pending = true;
      this.current ??= this.loop();
    }, this.options.delayMs);
    this.timer.unref();
  }

  /** Read the graph version every `watchMs`, and warm when it moved without a write of this process. */
  watch(): void {
    const every = this.options.watchMs ?? 0;
    if (every <= 0 || this.watcher || this.stopped) return;
    this.watcher = setInterval(() => void this.checkVersion(), every);
    this.watcher.unref();
  }

  /** A version no warm-up has started from, while none is scheduled or running (which reads it itself). */
  private async checkVersion(): Promise<void> {
    if (this.idle !== null || this.checking || this.stopped) return;
    this.checking = true;
    try {
      const version = await this.admission.db.version();
      if (version !== this.warmed && this.idle === null) {
        this.counts.watched++;
        this.schedule();
      }
    } catch (e) {
      // Neo4j unreachable: the health check says so; the next tick tries again.
      this.options.log?.('reading the graph version for the analyses\' warmer failed', e);
    } finally {
      this.checking = false;
    }
  }

  /** A write transaction of this process is open (its commit will schedule the warm-up again). */
  private writing(): boolean {
    return this.admission.db.writesInFlight > 0;
  }

  /** Resolves once no warm-up is scheduled or running (tests wait for it; nothing else needs to). */
  settled(): Promise<void> {
    return this.idle?.promise ?? Promise.resolve();
  }

  /** No more warm-ups; resolves when the one running has stopped (before the driver closes). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.watcher);
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.current;
    this.finish();
  }

  private async loop(): Promise<void> {
    await Promise.resolve();
    try {
      while (this.pending && !this.stopped) {
        this.pending = false;
        await this.warmOnce();
      }
    } finally {
      this.current = undefined;
      if (!this.timer) this.finish();
    }
  }

  private finish(): void {
    this.idle?.resolve();
    this.idle = null;
  }

  /** The analyses in use, then the defaults, one at a time; stops early when a newer load is pending. */
  private async warmOnce(): Promise<void> {
    const started = performance.now();
    const { db, cache } = this.admission;
    try {
      this.warmed = await db.version();
      const inUse: WarmTask[] = cache.takeInUse(this.warmed).map(([key, refresh]) => async () => {
        // The version now, as a request would read it (never an older one: that would empty the cache).
        const version = await db.version();
        return cache.get(version, key, refresh, { refresh, counted: false, inUse: true });
      });
      const tasks = [...inUse, ...(await this.defaults(this.admission))];
      for (const task of tasks) {
        if (this.pending || this.stopped) return;
        // A write opened: come back when it has committed and things are quiet again.
        if (this.writing()) return this.schedule();
        await this.runTask(task);
      }
    } catch (e) {
      this.options.log?.('warming the analyses failed', e);
    } finally {
      this.counts.runs++;
      this.counts.lastMs = performance.now() - started;
    }
  }

  private async runTask(task: WarmTask): Promise<void> {
    try {
      await task();
      this.counts.analyses++;
    } catch (e) {
      this.counts.failed++;
      this.options.log?.('warming an analysis failed', e);
    }
  }
}
