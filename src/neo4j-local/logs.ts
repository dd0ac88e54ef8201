/**
 * Log tails for failed starts. neo4j.log and console.log are appended to across runs, so the
 * launcher notes their sizes before spawning and shows only what this run wrote.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';

export function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The last `maxLines` lines written to `file` after byte `offset` (at most 256 KiB are read). */
export function tailSince(file: string, offset: number, maxLines = 40): string[] {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return [];
  }
  try {
    const size = statSync(file).size;
    // A file shorter than the offset was truncated or replaced: read it from the start.
    const from = Math.max(size < offset ? 0 : offset, size - 256 * 1024);
    const buffer = Buffer.alloc(size - from);
    readSync(fd, buffer, 0, buffer.length, from);
    const lines = buffer.toString('utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    return lines.slice(-maxLines);
  } finally {
    closeSync(fd);
  }
}

/** "--- neo4j.log (last 40 lines) ---" blocks for an error message; empty files are skipped. */
export function formatTails(parts: Array<{ label: string; lines: string[] }>): string {
  return parts
    .filter((p) => p.lines.length > 0)
    .map((p) => `--- ${p.label} (last ${p.lines.length} lines) ---\n${p.lines.join('\n')}`)
    .join('\n');
}
