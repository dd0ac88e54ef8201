/**
 * Where an API request's time goes, timed inside the in-process service: the profile behind the
 * GraphQL overhead ratio. For each request, from the moment the HTTP server hands it over to the
 * moment its answer is written:
 *
 *   before      HTTP parsing, Apollo's request pipeline, the plan's translation to Cypher, up to
 *               the first statement sent to Neo4j (all of it, when the answer needs none);
 *   statements  from the first statement sent to the last one answered (the database's part);
 *   after       executing the operation over the answer, serialising it, writing it;
 *
 * and `client`, the rest of what the benchmark's client measured: sending the request, reading
 * and parsing the answer (it runs in the same process as the service).
 *
 * Requests are measured one at a time, so the statements seen between a request's start and its
 * answer are its own.
 */
import type http from 'node:http';
import type { Database } from '../src/db/database.ts';
import { summarize, type Summary } from './stats.ts';

export interface RequestPhases {
  serverMs: number;
  beforeMs: number;
  statementsMs: number;
  afterMs: number;
}

export interface PhaseSummary {
  client: Summary;
  before: Summary;
  statements: Summary;
  after: Summary;
}

interface Open {
  start: number;
  first: number | null;
  last: number | null;
}

export class PhaseClock {
  private current: Open | null = null;
  private lastDone: RequestPhases | null = null;

  constructor(httpServer: http.Server, db: Pick<Database, 'observe'>) {
    // First in line, before the service's own handler, so the request's time starts here.
    httpServer.prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
      const open: Open = { start: performance.now(), first: null, last: null };
      this.current = open;
      res.once('finish', () => this.finish(open));
    });
    db.observe({
      started: () => {
        if (this.current && this.current.first === null) this.current.first = performance.now();
      },
      finished: () => {
        if (this.current) this.current.last = performance.now();
      },
    });
  }

  /** The phases of the request answered last, once (null when none was answered since). */
  take(): RequestPhases | null {
    const done = this.lastDone;
    this.lastDone = null;
    return done;
  }

  private finish(open: Open): void {
    const end = performance.now();
    if (this.current === open) this.current = null;
    const first = open.first ?? end;
    const last = open.last ?? first;
    this.lastDone = { serverMs: end - open.start, beforeMs: first - open.start, statementsMs: last - first, afterMs: end - last };
  }
}

/** Collects the phases of a series of requests, each with the client's total for it. */
export class PhaseSeries {
  private readonly client: number[] = [];
  private readonly before: number[] = [];
  private readonly statements: number[] = [];
  private readonly after: number[] = [];

  /** One request: what the client measured, and the service's phases for it (null: not seen, skipped). */
  add(clientTotalMs: number, phases: RequestPhases | null): void {
    if (!phases) return;
    this.client.push(Math.max(0, clientTotalMs - phases.serverMs));
    this.before.push(phases.beforeMs);
    this.statements.push(phases.statementsMs);
    this.after.push(phases.afterMs);
  }

  summary(): PhaseSummary | null {
    if (this.client.length === 0) return null;
    return { client: summarize(this.client), before: summarize(this.before), statements: summarize(this.statements), after: summarize(this.after) };
  }
}
