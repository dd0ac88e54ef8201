/**
 * The service's life as an explicit state machine (as Apollo Server keeps its own), so that /ready,
 * start-up and shutdown agree on where the process is:
 *
 *   initialized -> starting-neo4j -> connecting -> loading-seeds -> ready
 *        (any of these) -> stopping -> stopped        start-up failed: -> failed
 *
 * Phases:
 *   starting-neo4j  the bundled local Neo4j is starting (skipped when NEO4J_URI is set)
 *   connecting      the driver is opened and the HTTP service starts listening (/ready says 503)
 *   loading-seeds   constraints and indexes, then the seeds (when SEED_ON_START)
 *   ready           serving; /ready says 200
 *   stopping        stop steps are running; start-up steps no longer begin
 *   stopped         every stop step has run
 *   failed          start-up failed; every stop step has run
 *
 * Whatever starts something registers how to stop it (`onStop`); stop() runs the steps once, last
 * registered first, each to its end even when an earlier one fails. Calling stop() again (a second
 * Ctrl-C) returns the same promise.
 */

export type Phase = 'initialized' | 'starting-neo4j' | 'connecting' | 'loading-seeds' | 'ready' | 'stopping' | 'stopped' | 'failed';

/** The start-up phases, in the only order they may be entered (a phase may be skipped). */
const START_ORDER: readonly Phase[] = ['initialized', 'starting-neo4j', 'connecting', 'loading-seeds', 'ready'];

/** Start-up was cut short by stop(): not a failure, the stop is already under way. */
export class StopRequestedError extends Error {
  constructor(phase: Phase) {
    super(`start-up stopped: the service is ${phase}`);
    this.name = 'StopRequestedError';
  }
}

interface StopStep {
  name: string;
  run: () => Promise<void>;
}

export class Lifecycle {
  private current: Phase = 'initialized';
  private readonly steps: StopStep[] = [];
  private stopping: Promise<void> | null = null;
  private readonly abort = new AbortController();

  /** `report` hears of a stop step that failed (the others still run). */
  constructor(private readonly report: (message: string) => void = () => undefined) {}

  get phase(): Phase {
    return this.current;
  }

  /** For /ready: start-up is complete and the service has not begun to stop. */
  isReady(): boolean {
    return this.current === 'ready';
  }

  /** Whether stop() has been called (start-up code then gives up at its next step). */
  get stopRequested(): boolean {
    return this.stopping !== null;
  }

  /** Aborted when stop() begins: hand it to long start-up steps (starting Neo4j) so they give up. */
  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /** Enter the next start-up phase. Throws StopRequestedError once stopping has begun. */
  enter(phase: Phase): void {
    if (this.stopping) throw new StopRequestedError(this.current);
    const from = START_ORDER.indexOf(this.current);
    const to = START_ORDER.indexOf(phase);
    if (to <= from) throw new Error(`lifecycle: cannot go from ${this.current} to ${phase}`);
    this.current = phase;
  }

  /** Register how to stop something that has started. Registered after stop() began, it runs at the end of that stop. */
  onStop(name: string, run: () => Promise<void>): void {
    this.steps.push({ name, run });
  }

  /** Run the stop steps, last registered first, once; later calls return the same promise. */
  stop(): Promise<void> {
    this.stopping ??= this.runStopSteps('stopped');
    return this.stopping;
  }

  /** Start-up failed: stop what has started, and end in `failed`. */
  fail(): Promise<void> {
    this.stopping ??= this.runStopSteps('failed');
    return this.stopping;
  }

  private async runStopSteps(end: 'stopped' | 'failed'): Promise<void> {
    this.current = end === 'failed' ? 'failed' : 'stopping';
    this.abort.abort();
    // Steps registered while stopping (a start-up step that finished meanwhile) are picked up too.
    let step: StopStep | undefined;
    while ((step = this.steps.pop())) {
      try {
        await step.run();
      } catch (e) {
        this.report(`${step.name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    this.current = end;
  }
}
