/**
 * Errors the launcher throws on purpose. They all extend LocalNeo4jError so a command line can
 * print `err.message` alone (no stack trace) and exit non-zero, while anything else stays a crash.
 */
export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A bad option or environment variable; the message names the variable. */
export class LocalNeo4jConfigError extends LocalNeo4jError {}

/** Java or Maven missing/too old, or Maven failed to copy the jars. */
export class LocalNeo4jInstallError extends LocalNeo4jError {}

/** A second start of an instance that is already running (and reuse was not asked for). */
export class LocalNeo4jAlreadyRunningError extends LocalNeo4jError {
  constructor(
    message: string,
    readonly pid: number,
  ) {
    super(message);
  }
}

/** The Bolt or HTTP port is taken by some other process. */
export class LocalNeo4jPortInUseError extends LocalNeo4jError {
  constructor(
    message: string,
    readonly port: number,
  ) {
    super(message);
  }
}

/** The JVM exited early, or did not answer `RETURN 1` in time; the message carries the log tail. */
export class LocalNeo4jStartError extends LocalNeo4jError {}
