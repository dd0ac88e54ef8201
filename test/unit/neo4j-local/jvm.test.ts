import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJvmArgs, NEO4J_MAIN_CLASS, neo4jJvmOptions } from '../../../src/neo4j-local/jvm.ts';

const input = {
  heapInitial: '1g',
  heapMax: '2g',
  gc: 'g1' as const,
  home: '/base/instances/t',
  confDir: '/base/instances/t/conf',
  libDir: '/base/lib',
  pluginsDir: '/base/instances/t/plugins',
  logsDir: '/base/instances/t/logs',
};

describe('neo4jJvmOptions', () => {
  const flags = neo4jJvmOptions(input);

  it('sizes the heap from the options', () => {
    expect(flags).toContain('-Xms1g');
    expect(flags).toContain('-Xmx2g');
  });

  it("carries Neo4j 5.26's default server.jvm.additional flags", () => {
    for (const flag of [
      '-XX:+UseG1GC',
      '-XX:-OmitStackTraceInFastThrow',
      '-XX:+TrustFinalNonStaticFields',
      '-XX:+DisableExplicitGC',
      '-Djdk.nio.maxCachedBufferSize=1024',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-Djdk.tls.ephemeralDHKeySize=2048',
      '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
      '-XX:FlightRecorderOptions=stackdepth=256',
      '-XX:+DebugNonSafepoints',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--enable-native-access=ALL-UNNAMED',
      '-Dlog4j2.disable.jmx=true',
      '-Dfile.encoding=UTF-8',
    ]) {
      expect(flags).toContain(flag);
    }
  });

  it('names the chosen collector, and only it', () => {
    const parallel = neo4jJvmOptions({ ...input, gc: 'parallel' });
    expect(parallel).toContain('-XX:+UseParallelGC');
    expect(parallel).not.toContain('-XX:+UseG1GC');
    expect(flags).not.toContain('-XX:+UseParallelGC');
  });

  it('unlocks experimental and diagnostic options before using them', () => {
    expect(flags.indexOf('-XX:+UnlockExperimentalVMOptions')).toBeLessThan(flags.indexOf('-XX:+TrustFinalNonStaticFields'));
    expect(flags.indexOf('-XX:+UnlockDiagnosticVMOptions')).toBeLessThan(flags.indexOf('-XX:+DebugNonSafepoints'));
  });

  it('writes JVM crash files into the logs folder', () => {
    expect(flags).toContain(`-XX:ErrorFile=${join(input.logsDir, 'hs_err_pid%p.log')}`);
  });

  it('has no duplicate flags', () => {
    expect(new Set(flags).size).toBe(flags.length);
  });
});

describe('buildJvmArgs', () => {
  const args = buildJvmArgs(input);

  it('puts plugins then the shared jars on the class path', () => {
    expect(args.slice(0, 2)).toEqual(['-cp', [join(input.pluginsDir, '*'), join(input.libDir, '*')].join(delimiter)]);
  });

  it('ends with the main class, the home and, explicitly, the config dir', () => {
    expect(args.slice(-3)).toEqual([NEO4J_MAIN_CLASS, '--home-dir=/base/instances/t', '--config-dir=/base/instances/t/conf']);
  });

  it('passes every JVM flag before the main class', () => {
    const main = args.indexOf(NEO4J_MAIN_CLASS);
    for (const flag of neo4jJvmOptions(input)) expect(args.indexOf(flag)).toBeLessThan(main);
  });
});
