/**
 * The environment variables that configure the local Neo4j, parsed in one place so the CLI and
 * the service's main configuration read them identically:
 *
 *   NEO4J_LOCAL_DIR   base folder for jars and instance homes (default <repo>/.neo4j);
 *                     a relative path is taken from the current directory
 *   NEO4J_BOLT_PORT   Bolt port (default 7687)
 *   NEO4J_HTTP_PORT   HTTP port, Neo4j Browser included (default 7474)
 *   NEO4J_HEAP_MAX    maximum JVM heap, e.g. 2g (default 2g)
 *   NEO4J_PAGECACHE   page cache size, e.g. 512m (default 512m)
 *   NEO4J_GC          garbage collector: auto, g1 or parallel (default auto: options.ts chooseCollector)
 *
 * An empty variable counts as unset. A bad value throws LocalNeo4jConfigError naming the variable.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { LocalNeo4jConfigError } from './errors.ts';
import { gcChoiceSchema, memorySizeSchema, portSchema, type LocalNeo4jOptionsInput } from './options.ts';

export const LOCAL_NEO4J_ENV_VARS = ['NEO4J_LOCAL_DIR', 'NEO4J_BOLT_PORT', 'NEO4J_HTTP_PORT', 'NEO4J_HEAP_MAX', 'NEO4J_PAGECACHE', 'NEO4J_GC'] as const;

/** "7687" -> 7687; anything but plain digits is refused before the range check. */
const portFromString = z
  .string()
  .trim()
  .regex(/^\d+$/, 'expected a TCP port number (1-65535)')
  .transform(Number)
  .pipe(portSchema);

export const localNeo4jEnvSchema = z.object({
  NEO4J_LOCAL_DIR: z.string().trim().min(1).optional(),
  NEO4J_BOLT_PORT: portFromString.optional(),
  NEO4J_HTTP_PORT: portFromString.optional(),
  NEO4J_HEAP_MAX: memorySizeSchema.optional(),
  NEO4J_PAGECACHE: memorySizeSchema.optional(),
  NEO4J_GC: z.string().trim().toLowerCase().pipe(gcChoiceSchema).optional(),
});

export type LocalNeo4jEnvOptions = Pick<LocalNeo4jOptionsInput, 'baseDir' | 'boltPort' | 'httpPort' | 'heapMax' | 'pageCache' | 'gc'>;

/** Only the options whose variable is set, ready to spread into startLocalNeo4j's options. */
export function localNeo4jOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): LocalNeo4jEnvOptions {
  const present = Object.fromEntries(
    LOCAL_NEO4J_ENV_VARS.filter((name) => env[name] !== undefined && env[name]!.trim() !== '').map((name) => [name, env[name]]),
  );
  const parsed = localNeo4jEnvSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      return `${name}=${JSON.stringify(present[name] ?? '')}: ${issue.message}`;
    });
    throw new LocalNeo4jConfigError(`invalid local Neo4j environment variable${problems.length > 1 ? 's' : ''}:\n  ${problems.join('\n  ')}`);
  }
  const v = parsed.data;
  const options: LocalNeo4jEnvOptions = {};
  if (v.NEO4J_LOCAL_DIR !== undefined) options.baseDir = resolve(v.NEO4J_LOCAL_DIR);
  if (v.NEO4J_BOLT_PORT !== undefined) options.boltPort = v.NEO4J_BOLT_PORT;
  if (v.NEO4J_HTTP_PORT !== undefined) options.httpPort = v.NEO4J_HTTP_PORT;
  if (v.NEO4J_HEAP_MAX !== undefined) options.heapMax = v.NEO4J_HEAP_MAX;
  if (v.NEO4J_PAGECACHE !== undefined) options.pageCache = v.NEO4J_PAGECACHE;
  if (v.NEO4J_GC !== undefined) options.gc = v.NEO4J_GC;
  return options;
}
