/**
 * Where the project's own files are: the repository root and the folders the service reads at run
 * time (the SDL, seeds, Neo4j Browser's style, the browser apps). One place, so moving a module
 * never changes what a relative path points at.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is src/model/repository.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const repoPath = (...parts: string[]): string => path.join(REPO_ROOT, ...parts);
