/**
 * Configuration from the environment, validated with zod at start-up. A bad value stops start-up
 * with a message that names the variable and the problem, e.g.
 *   invalid configuration: PORT: expected an integer from 1 to 65535 (got "eighty")
 */
import { z } from 'zod';

const Port = z.coerce.number({ message: 'expected an integer from 1 to 65535' })
  .int('expected an integer from 1 to 65535').min(1, 'expected an integer from 1 to 65535').max(65535, 'expected an integer from 1 to 65535');

const Flag = z.enum(['true', 'false'], { message: 'expected true or false' }).transform((v) => v === 'true');

/** `https://host[:port]` with nothing after it: what a browser sends as `Origin`. */
function isOrigin(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const u = new URL(text);
  return /^https?:$/.test(u.protocol) && u.origin === text;
}

const Milliseconds = z.coerce.number().int('expected a whole number of milliseconds').positive('expected a positive number of milliseconds');

export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: Port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** When unset, `npm start` runs the bundled local Neo4j and connects to it. */
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/, 'expected a Neo4j URI such as neo4j://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'expected a Neo4j database name').default('neo4j'),
  /** Every Cypher transaction is ended by the server after this long. */
  NEO4J_TX_TIMEOUT_MS: Milliseconds.default(10_000),
  /** Whether to load seeds/ at start-up (idempotent). */
  SEED_ON_START: Flag.default(true),
  /**
   * API keys, as comma-separated `role:sha256hex` entries (role `read` or `write`); only hashes are
   * configured. `npx probation-graph apikey write` makes a key and prints its entry.
   */
  API_KEYS: z.string().optional(),
  /** A file with one `role:sha256hex` entry per line (# comments allowed), read at start-up. */
  API_KEYS_FILE: z.string().optional(),
  /** Whether reads need a key with role `read` or `write` (writes always need `write`). */
  READS_REQUIRE_KEY: Flag.default(false),
  /** Introspection and "Did you mean" field suggestions; default on in development, off in production. */
  INTROSPECTION: Flag.optional(),
  FIELD_SUGGESTIONS: Flag.optional(),
  /** GraphiQL at /graphiql (and /graphql opened in a browser); default on in development, off in production. */
  GRAPHIQL: Flag.optional(),
  /** Serve the schema as an Apollo Federation subgraph (entity keys on PDU, Inspection, Person, Policy). */
  FEDERATION: Flag.default(false),
  /** How operations are executed: compiled once by graphql-jit (`jit`), or by graphql-js's execute on every request. */
  GRAPHQL_EXECUTOR: z.enum(['jit', 'graphql-js'], { message: 'expected jit or graphql-js' }).default('jit'),
  /**
   * Stack traces (`extensions.stacktrace`, with file paths) in error answers: only when asked for,
   * for debugging on your own machine; never by default, in development too.
   */
  STACKTRACES: Flag.default(false),
  /**
   * Origins whose web pages may call the API from the browser (CORS): comma-separated, each
   * `scheme://host[:port]` exactly as a browser sends it in `Origin`, or `*` for any origin (then
   * never with credentials). Empty (the default): only pages served by the service itself.
   */
  CORS_ORIGINS: z.string().default('').transform((text, ctx) => {
    const origins = text.split(',').map((o) => o.trim()).filter(Boolean);
    for (const o of origins) {
      if (o !== '*' && !isOrigin(o)) ctx.addIssue({ code: 'custom', message: `"${o}" is not an origin such as https://app.example.org or http://localhost:5173 (scheme, host and port only)` });
    }
    return origins;
  }),
  /**
   * `only`: run only the trusted documents (the explorer's, GraphiQL's example tabs, and those of the
   * manifests below), refusing any other query with OPERATION_NOT_TRUSTED. `off` (the default): any query.
   */
  TRUSTED_DOCUMENTS: z.enum(['off', 'only']).default('off'),
  /** Comma-separated paths of other front-ends' manifests (graphql-codegen's persisted-documents.json). */
  TRUSTED_DOCUMENTS_MANIFESTS: z.string().default('').transform((text) => text.split(',').map((p) => p.trim()).filter(Boolean)),
  /**
   * How often the analyses' warmer reads the graph version, so that a load by another process (the
   * `ingest` CLI, Neo4j Browser) is followed by a warm-up too; 0: never (only this process's loads).
   */
  ANALYSIS_WATCH_MS: z.coerce.number().int('expected a whole number of milliseconds').min(0, 'expected 0 (off) or a positive number of milliseconds').default(10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Treat empty variables as unset: `NEO4J_URI= npm start` means "no URI".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = ConfigSchema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => {
    const name = String(i.path[0]);
    const got = present[name];
    return `  ${name}: ${i.message}${got !== undefined && !/PASSWORD/.test(name) ? ` (got ${JSON.stringify(got)})` : ''}`;
  });
  throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
}
