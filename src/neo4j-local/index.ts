/**
 * The local Neo4j 5.26 Community server, assembled from Maven Central and run with the machine's
 * Java 17+: the public surface. See paths.ts for the on-disk layout, install.ts for how the jars
 * arrive, conf.ts / jvm.ts for how it is configured, server.ts for the process rules, launch.ts for
 * one start of the JVM and run-files.ts for the pid file and the launcher's record.
 *
 *   const neo4j = await startLocalNeo4j({ instance: 'dev' });   // resolves once RETURN 1 answers
 *   stopWithParent(neo4j);                                       // optional: die with this process
 *   ... use neo4j.boltUri ...
 *   await neo4j.stop();
 */
export { startLocalNeo4j, stopLocalNeo4j, localNeo4jStatus, stopWithParent } from './server.ts';
export type { RunningNeo4j, LocalNeo4jStatus } from './server.ts';
export { ensureInstalled, isInstalled, checkJava, pomVersions } from './install.ts';
export type { Installation, JavaInfo } from './install.ts';
export { localNeo4jOptionsSchema, resolveLocalNeo4jOptions, defaultLog } from './options.ts';
export type { LocalNeo4jOptions, LocalNeo4jOptionsInput, LocalNeo4jLog } from './options.ts';
export { localNeo4jOptionsFromEnv, localNeo4jEnvSchema, LOCAL_NEO4J_ENV_VARS } from './env.ts';
export type { LocalNeo4jEnvOptions } from './env.ts';
export { renderNeo4jConf } from './conf.ts';
export { buildJvmArgs, neo4jJvmOptions, NEO4J_MAIN_CLASS } from './jvm.ts';
export { defaultBaseDir, instanceLayout, repoRoot } from './paths.ts';
export { pidAlive } from './pids.ts';
export {
  LocalNeo4jError,
  LocalNeo4jConfigError,
  LocalNeo4jInstallError,
  LocalNeo4jAlreadyRunningError,
  LocalNeo4jPortInUseError,
  LocalNeo4jStartError,
} from './errors.ts';
