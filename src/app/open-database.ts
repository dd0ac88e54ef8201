/**
 * Opening the configured database for commands that run against an already running Neo4j: the
 * NEO4J_* variables, or the bundled local Neo4j's default Bolt address when NEO4J_URI is unset.
 */
import { loadConfig, type Config } from './config.ts';
import { createDriver } from '../db/driver.ts';
import { Database } from '../db/database.ts';

export async function openDatabase(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  const config = loadConfig(env);
  return databaseAt(config, config.NEO4J_URI ?? `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT || 7687}`);
}

/** A Database on `uri` with the configured credentials, database name and transaction time-out. */
export function databaseAt(config: Config, uri: string): Database {
  const driver = createDriver({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE });
  return new Database(driver, config.NEO4J_DATABASE, config.NEO4J_TX_TIMEOUT_MS);
}
