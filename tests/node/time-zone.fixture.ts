/**
 * A run as on a computer set to another time zone, in this process: Node reads `process.env.TZ`
 * again whenever it is assigned, so every Date made inside `fn` uses that zone. Test files run
 * their tests one after another, so nothing else of the file runs meanwhile.
 */
export async function inTimeZone<T>(tz: string, fn: () => Promise<T>): Promise<T> {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
