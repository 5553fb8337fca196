/** Size of the Apps Script bundle: it is parsed on every trigger and every call from a page. */
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export async function figures(): Promise<Record<string, number>> {
  const code = fileURLToPath(new URL('../../build/Code.js', import.meta.url));
  return { bundle_bytes: (await stat(code)).size };
}
