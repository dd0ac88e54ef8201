#!/usr/bin/env node
// The `probation-graph` command. The project runs its TypeScript sources directly through tsx,
// so there is no build step between `npm install` and `npx probation-graph ...`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/app/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
