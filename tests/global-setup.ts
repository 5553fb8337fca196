/**
 * Builds build/ once before any test file runs, so every bundle and page test reads the code of
 * this checkout, never a stale build left by an earlier run (or none at all on a fresh clone).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function buildOnce(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
}
