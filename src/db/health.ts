/**
 * A circuit breaker for Neo4j outages. When a statement fails because the database cannot be
 * reached, the circuit opens: requests fail at once with DatabaseUnavailableError instead of each
 * waiting for connection time-outs, and a background probe asks Neo4j every `probeMs`. The first
 * answer closes the circuit, so service resumes by itself within about `probeMs` of Neo4j returning.
 */
import type { Driver } from 'neo4j-driver';

export class DatabaseUnavailableError extends Error {
  constructor(message = 'the database is unavailable') {
    super(message);
    this.name = 'DatabaseUnavailableError';
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * The Neo4j error code of an error, or null. Checked by shape rather than `instanceof`: the driver
 * ships CommonJS and ESM builds, and an error from one is not an instance of the other's class.
 */
export function neo4jErrorCode(error: unknown): string | null {
  if (error && typeof error === 'object' && (error as { name?: unknown }).name === 'Neo4jError') {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : null;
  }
  return null;
}

export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  return UNAVAILABLE_CODES.has(neo4jErrorCode(error) ?? '');
}

export class DatabaseHealth {
  private open = false;
  private probe: NodeJS.Timeout | null = null;
  private listeners: Array<(up: boolean) => void> = [];

  constructor(private readonly driver: Driver, private readonly database: string, private readonly probeMs = 500) {}

  get available(): boolean {
    return !this.open;
  }

  /** Tell `listener` when Neo4j goes away and comes back, until the returned function is called. */
  onChange(listener: (up: boolean) => void): () => void {
    this.listeners.push(listener);
    return () => void (this.listeners = this.listeners.filter((l) => l !== listener));
  }

  /** Called with every failure; opens the circuit when the failure means "unreachable". */
  failed(error: unknown): void {
    if (!isUnavailable(error) || this.open) return;
    this.open = true;
    for (const l of this.listeners) l(false);
    this.probe = setInterval(() => void this.check(), this.probeMs);
    this.probe.unref();
  }

  private checking = false;
  private async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      await this.driver.executeQuery('RETURN 1', {}, { database: this.database });
      this.close();
    } catch {
      // still down: the next tick tries again
    } finally {
      this.checking = false;
    }
  }

  private close(): void {
    if (!this.open) return;
    this.open = false;
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
    for (const l of this.listeners) l(true);
  }

  stop(): void {
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
  }
}
