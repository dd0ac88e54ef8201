/**
 * `probation-graph apikey read|write`: make a new random API key. Prints the key (give it to the
 * client; it is not stored anywhere) and the `role:sha256` entry to put in API_KEYS or API_KEYS_FILE.
 */
import { generateKey } from '../../../http/auth/api-keys.ts';

export async function run(argv: string[]): Promise<number> {
  const role = argv[0];
  if (role !== 'read' && role !== 'write') {
    process.stderr.write('usage: probation-graph apikey read|write\n');
    return 2;
  }
  const { key, entry } = generateKey(role);
  process.stdout.write(`key:   ${key}\nentry: ${entry}\n\nConfigure the entry (API_KEYS=${entry}) and send the key as "Authorization: Bearer ${key}".\n`);
  return 0;
}
