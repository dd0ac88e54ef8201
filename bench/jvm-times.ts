/**
 * Neo4j's JVM, read through Cypher (`dbms.queryJmx`, in Community too): the CPU time of its
 * process, and of that the time its JIT compilers spent compiling and its collectors collecting.
 * Read before and after a load, the difference says where a slow load's time went: a cold JVM
 * compiles its hot paths while the first transactions run, on the same cores.
 */
import type { Database } from '../src/db/database.ts';

export interface JvmTimes {
  /** CPU seconds of the whole JVM process (every thread). */
  cpuSeconds: number;
  /** Wall-clock seconds the JIT compilers spent compiling (summed over compiler threads). */
  jitSeconds: number;
  /** Seconds in garbage collection (every collector). */
  gcSeconds: number;
}

const JMX = `
CALL dbms.queryJmx('java.lang:type=OperatingSystem') YIELD attributes AS os
CALL dbms.queryJmx('java.lang:type=Compilation') YIELD attributes AS jit
CALL () { CALL dbms.queryJmx('java.lang:type=GarbageCollector,name=*') YIELD attributes RETURN sum(attributes.CollectionTime.value) AS gcMs }
RETURN os.ProcessCpuTime.value AS cpuNs, jit.TotalCompilationTime.value AS jitMs, gcMs`;

/** The JVM's times now. Fails where the procedure is not allowed (a managed Neo4j, say): the caller says so. */
export async function readJvmTimes(db: Database): Promise<JvmTimes> {
  const r = (await db.query(JMX)).records[0]!;
  return { cpuSeconds: Number(r.get('cpuNs')) / 1e9, jitSeconds: Number(r.get('jitMs')) / 1000, gcSeconds: Number(r.get('gcMs')) / 1000 };
}

/** What happened between two readings, to a tenth of a second. */
export function jvmTimesBetween(before: JvmTimes | null, after: JvmTimes | null): JvmTimes | null {
  if (!before || !after) return null;
  const d = (k: keyof JvmTimes) => Math.round((after[k] - before[k]) * 10) / 10;
  return { cpuSeconds: d('cpuSeconds'), jitSeconds: d('jitSeconds'), gcSeconds: d('gcSeconds') };
}
