/** `probation-graph serve` (what `npm start` runs): see src/app/main.ts. */
import { serve } from '../../main.ts';

export async function run(_argv: string[]): Promise<number> {
  return serve();
}
