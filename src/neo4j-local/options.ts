/**
 * The launcher's options, validated once with zod so every other file can trust them. Defaults
 * suit a 2-core / 24 GiB development machine: a 1g..2g heap and a 512m page cache leave plenty
 * of room for Node, Maven and a second (test) instance next to the 'dev' one.
 */
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { LocalNeo4jConfigError } from './errors.ts';
import { defaultBaseDir } from './paths.ts';

export type LocalNeo4jLog = (msg: string) => void;

/** Progress goes to stderr so stdout stays clean for whatever the caller prints. */
export const defaultLog: LocalNeo4jLog = (msg) => {
  process.stderr.write(`[neo4j-local] ${msg}\n`);
};

const UNITS = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as const;

/**
 * A memory size as both the JVM (-Xmx2g) and neo4j.conf (2g) read it: a whole number and a unit
 * k, m or g. Bare byte counts are refused because the two readers disagree on their minimums.
 */
export const memorySizeSchema = z
  .string()
  .trim()
  .regex(/^[1-9][0-9]*[kmg]$/i, 'expected a size like 512m or 2g (a whole number, then k, m or g)')
  .transform((s) => s.toLowerCase());

export function sizeInBytes(size: string): number {
  const match = /^([0-9]+)([kmg])$/i.exec(size.trim());
  if (!match) throw new LocalNeo4jConfigError(`not a memory size: '${size}'`);
  return Number(match[1]) * UNITS[match[2]!.toLowerCase() as keyof typeof UNITS];
}

export const portSchema = z
  .number({ error: 'expected a TCP port number' })
  .int('expected a whole port number')
  .min(1, 'expected a port between 1 and 65535')
  .max(65535, 'expected a port between 1 and 65535');

/** Becomes a folder name and appears in `--home-dir=`, so keep it to plain characters. */
export const instanceNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'expected letters, digits, - or _ (e.g. dev)');

export const DEFAULT_HEAP_INITIAL = '1g';

/** The JVM's garbage collectors the launcher offers, and `auto`, which picks one from the machine. */
export const GC_CHOICES = ['auto', 'g1', 'parallel'] as const;
export type GcChoice = (typeof GC_CHOICES)[number];
export type Collector = Exclude<GcChoice, 'auto'>;
export const gcChoiceSchema = z.enum(GC_CHOICES, { error: `expected one of ${GC_CHOICES.join(', ')}` });

/**
 * The collector `auto` stands for: Parallel on a machine of 2 processors or fewer, G1 otherwise.
 * G1 collects partly concurrently, on threads that on 2 cores take CPU from the transactions; the
 * Parallel collector stops the world for short, efficient young collections instead. Measured on
 * 2 cores (bench/README, "The collector and the page cache"), loading 100,000 synthetic inspections: 46.9 s of GC and
 * 268 s of writes with G1, 21.5 s and 214 s with Parallel. On more cores G1, the collector Neo4j
 * is tuned and tested with, keeps its shorter pauses.
 */
export function chooseCollector(choice: GcChoice, processors: number): Collector {
  if (choice !== 'auto') return choice;
  return processors <= 2 ? 'parallel' : 'g1';
}

export const localNeo4jOptionsSchema = z
  .object({
    /** Holds lib/ (jars) and instances/<name>/ (homes). Default: <repo>/.neo4j. */
    baseDir: z.string().min(1).default(() => defaultBaseDir()),
    instance: instanceNameSchema.default('dev'),
    boltPort: portSchema.default(7687),
    httpPort: portSchema.default(7474),
    /** Default: 1g, or heapMax when that is smaller. */
    heapInitial: memorySizeSchema.optional(),
    heapMax: memorySizeSchema.default('2g'),
    pageCache: memorySizeSchema.default('512m'),
    /** The JVM's garbage collector (chooseCollector); `auto` picks one from the processors. */
    gc: gcChoiceSchema.default('auto'),
    /** From spawn to a `RETURN 1` answered over Bolt. A cold JIT on 2 cores needs ~8 s. */
    startTimeoutMs: z.number().int().positive().default(120_000),
    /** Grace after SIGTERM before SIGKILL; a clean Neo4j shutdown checkpoints the stores. */
    stopTimeoutMs: z.number().int().positive().default(30_000),
    /**
     * When the instance is already running (its pid file names a live JVM), hand back a handle to
     * it (owned: false, stop() does nothing) instead of failing.
     */
    reuseRunning: z.boolean().default(false),
    /** Let the JVM outlive this process (the CLI's `neo4j start`): new session, no exit hook. */
    detached: z.boolean().default(false),
    /** Extra neo4j.conf lines (name -> value), appended after the launcher's own. */
    settings: z.record(z.string(), z.string()).default(() => ({})),
    /** Aborting during start kills the half-started JVM and rejects. */
    signal: z.instanceof(AbortSignal).optional(),
    log: z
      .custom<LocalNeo4jLog>((v) => typeof v === 'function', 'expected a function (msg: string) => void')
      .default(() => defaultLog),
  })
  .superRefine((o, ctx) => {
    if (o.boltPort === o.httpPort) {
      ctx.addIssue({ code: 'custom', path: ['httpPort'], message: `boltPort and httpPort are both ${o.boltPort}` });
    }
    if (o.heapInitial && sizeInBytes(o.heapInitial) > sizeInBytes(o.heapMax)) {
      ctx.addIssue({ code: 'custom', path: ['heapInitial'], message: `heapInitial ${o.heapInitial} is larger than heapMax ${o.heapMax}` });
    }
  })
  .transform((o) => ({
    ...o,
    gc: chooseCollector(o.gc, availableParallelism()),
    heapInitial:
      o.heapInitial ??
      (sizeInBytes(DEFAULT_HEAP_INITIAL) > sizeInBytes(o.heapMax) ? o.heapMax : DEFAULT_HEAP_INITIAL),
  }));

export type LocalNeo4jOptionsInput = z.input<typeof localNeo4jOptionsSchema>;
export type LocalNeo4jOptions = z.output<typeof localNeo4jOptionsSchema>;

export function resolveLocalNeo4jOptions(input: LocalNeo4jOptionsInput = {}): LocalNeo4jOptions {
  const parsed = localNeo4jOptionsSchema.safeParse(input);
  if (!parsed.success) {
    throw new LocalNeo4jConfigError(`invalid local Neo4j options:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
