/**
 * The `probation-graph` command line: a thin dispatcher. Each subcommand lives in
 * src/app/cli/commands/<name>.ts and exports `run(argv): Promise<number>` (the exit code), so adding a
 * command never touches the others.
 */
type Command = { summary: string; load: () => Promise<{ run: (argv: string[]) => Promise<number> }> };

const commands: Record<string, Command> = {
  serve: { summary: 'start the GraphQL service (and the local Neo4j when NEO4J_URI is unset)', load: () => import('./commands/serve.ts') },
  neo4j: { summary: 'neo4j start|stop|status: run the bundled local Neo4j on its own', load: () => import('./commands/neo4j.ts') },
  seed: { summary: 'apply constraints and indexes, then load seeds/ into the configured Neo4j', load: () => import('./commands/seed.ts') },
  import: { summary: 'import [--instance NAME]: first load of an empty local Neo4j through neo4j-admin import (bulk)', load: () => import('./commands/import.ts') },
  apikey: { summary: 'apikey read|write: make an API key and print the hash entry to configure', load: () => import('./commands/apikey.ts') },
  extract: { summary: 'extract FILE --json: print the facts found in one document', load: () => import('./commands/extract.ts') },
  ingest: { summary: 'ingest FILE... [--dry-run] [--json]: add press releases or news reports to the graph', load: () => import('./commands/ingest.ts') },
  check: { summary: 'check [--json]: check the graph\'s invariants; print each failure with its id', load: () => import('./commands/check.ts') },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `usage: probation-graph <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`probation-graph: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  const { run } = await command.load();
  return run(rest);
}
