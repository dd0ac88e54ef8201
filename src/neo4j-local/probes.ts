/**
 * Network checks around a start: is a port already taken (before), and does the server answer a
 * Cypher query over Bolt (after). "Listening" is not "ready": Bolt accepts connections a moment
 * before the default database is available, so readiness is a real `RETURN 1`.
 */
import { createServer } from 'node:net';
import neo4j from 'neo4j-driver';

/** True when something already listens on 127.0.0.1:port (we try to bind it ourselves). */
export function portInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE' || err.code === 'EACCES') resolve(true);
      else reject(err);
    });
    server.once('listening', () => server.close(() => resolve(false)));
    server.listen({ port, host, exclusive: true });
  });
}

/** One `RETURN 1` over Bolt; rejects with the driver's error. Auth is off on the local server. */
export async function boltAnswers(boltUri: string, connectionTimeoutMs = 2000): Promise<void> {
  const driver = neo4j.driver(boltUri, undefined, {
    connectionTimeout: connectionTimeoutMs,
    connectionAcquisitionTimeout: connectionTimeoutMs + 1000,
    maxConnectionPoolSize: 1,
    disableLosslessIntegers: true,
  });
  try {
    const session = driver.session();
    try {
      // An auto-commit query: unlike executeQuery it is not retried inside the driver, so each
      // poll below takes at most the connection timeout.
      const result = await session.run('RETURN 1 AS one');
      if (result.records[0]?.get('one') !== 1) throw new Error('RETURN 1 did not return 1');
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

export interface WaitForBoltOptions {
  timeoutMs: number;
  /** Checked between polls: a JVM that exited will never answer, so stop waiting at once. */
  stillStarting: () => string | null;
  signal?: AbortSignal | undefined;
}

/**
 * Polls `RETURN 1` with backoff (100 ms doubling to 1 s) until it answers. Resolves with the
 * milliseconds waited; rejects with the reason it gave up (timeout, early exit, abort).
 */
export async function waitForBolt(boltUri: string, opts: WaitForBoltOptions): Promise<number> {
  const started = Date.now();
  let delay = 100;
  let lastError = 'no answer yet';
  for (;;) {
    if (opts.signal?.aborted) throw new Error('start aborted');
    const exited = opts.stillStarting();
    if (exited) throw new Error(exited);
    try {
      await boltAnswers(boltUri);
      return Date.now() - started;
    } catch (err) {
      lastError = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    }
    if (Date.now() - started >= opts.timeoutMs) {
      throw new Error(`no answer to RETURN 1 on ${boltUri} within ${(opts.timeoutMs / 1000).toFixed(0)} s (last error: ${lastError})`);
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 1000);
  }
}
