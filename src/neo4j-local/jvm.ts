/**
 * The `java` command line for one instance. Pure, so it is unit-tested as a list.
 *
 * We run CommunityEntryPoint ourselves instead of Neo4j's `bin/neo4j` (there is no tarball, only
 * jars from Maven), so this reproduces what that launcher passes for 5.26: the defaults of the
 * `server.jvm.additional` lines in the 5.26 distribution's neo4j.conf, then -Xms/-Xmx from the
 * heap settings and -Dfile.encoding=UTF-8, which its bootloader adds itself.
 */
import { delimiter, join } from 'node:path';
import type { Collector } from './options.ts';

export const NEO4J_MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';

export interface JvmArgsInput {
  heapInitial: string;
  heapMax: string;
  /** The garbage collector, already chosen (options.ts chooseCollector). */
  gc: Collector;
  home: string;
  confDir: string;
  libDir: string;
  pluginsDir: string;
  logsDir: string;
}

/** The JVM flags alone (no class path, main class or program arguments). */
export function neo4jJvmOptions(input: Pick<JvmArgsInput, 'heapInitial' | 'heapMax' | 'gc' | 'logsDir'>): string[] {
  return [
    // Heap from the launcher's options; the page cache lives off-heap and is sized in neo4j.conf.
    `-Xms${input.heapInitial}`,
    `-Xmx${input.heapMax}`,
    // The collector the options chose (options.ts chooseCollector); always explicit because on a
    // small machine (< 2 CPUs or < 2 GB) the JVM would silently pick the Serial collector.
    input.gc === 'parallel' ? '-XX:+UseParallelGC' : '-XX:+UseG1GC',
    // Keep full stack traces for exceptions the JIT sees often, so logs stay diagnosable.
    '-XX:-OmitStackTraceInFastThrow',
    // (Neo4j's -XX:+AlwaysPreTouch is left out on purpose: faulting in the whole initial heap up
    // front costs start time and RSS, and a development server starts far more often than it
    // runs long enough for the first-touch latency to matter.)
    // Let the JIT treat final instance fields as constants, a measurable win for Neo4j's code.
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    // Libraries calling System.gc() must not trigger full, stop-the-world collections.
    '-XX:+DisableExplicitGC',
    // Stop the JDK caching a large temporary direct buffer per thread (slow native-memory growth).
    '-Djdk.nio.maxCachedBufferSize=1024',
    // Let Netty (Bolt, HTTP) use its direct-buffer fast paths; relies on the java.nio opening below.
    '-Dio.netty.tryReflectionSetAccessible=true',
    // TLS hardening from Neo4j's defaults; inert while TLS is off, right if a setting turns it on.
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
    // Deeper Flight Recorder stacks (Cypher runtime stacks are deep) should anyone profile it.
    '-XX:FlightRecorderOptions=stackdepth=256',
    // Accurate profiler attribution between safepoints, at negligible cost.
    '-XX:+UnlockDiagnosticVMOptions',
    '-XX:+DebugNonSafepoints',
    // Neo4j's page cache and Netty reach JDK internals (direct buffers, FileDescriptor, file
    // channels); Java 17 refuses such reflection unless these packages are opened.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    // Allow Neo4j's native helpers (foreign memory access) without warnings.
    '--enable-native-access=ALL-UNNAMED',
    // Log4j registers no MBeans: nothing uses JMX here and it shortens start.
    '-Dlog4j2.disable.jmx=true',
    // Neo4j's default cap for strings in JSON-formatted logs (only used if JSON layout is chosen).
    '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
    // Same encoding for logs and CSV import whatever the machine's locale (the bootloader adds it).
    '-Dfile.encoding=UTF-8',
    // A JVM crash report goes beside the other logs, not into whatever the working directory is.
    `-XX:ErrorFile=${join(input.logsDir, 'hs_err_pid%p.log')}`,
  ];
}

/** Everything after `java`: class path, flags, main class, and Neo4j's own arguments. */
export function buildJvmArgs(input: JvmArgsInput): string[] {
  // The JVM expands `dir/*` itself (no shell involved); plugins first, as Neo4j's launcher does.
  const classpath = [join(input.pluginsDir, '*'), join(input.libDir, '*')].join(delimiter);
  return [
    '-cp',
    classpath,
    ...neo4jJvmOptions(input),
    NEO4J_MAIN_CLASS,
    `--home-dir=${input.home}`,
    // Must be explicit: with --home-dir alone the server did not read <home>/conf/neo4j.conf.
    `--config-dir=${input.confDir}`,
  ];
}
