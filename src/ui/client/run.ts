/**
 * The one way a page calls the server. The server's functions are the exports of src/gas/main.ts;
 * the type below is taken from it with a type-only import, so nothing server-side reaches the page
 * bundle, and renaming or retyping a server function breaks `npm run typecheck`, not the user.
 *
 *   const saved = await run('settingsSave', values);
 *
 * Failures reject with an Error whose message is the server's sentence (see src/gas/errors.ts),
 * ready to be shown to the user as is.
 */
import type * as ServerModule from '../../gas/main';

type Server = typeof ServerModule;

/** Exported server functions a page may call: names ending in `_` are private in Apps Script. */
export type ServerFunction = {
  [K in keyof Server]: K extends `${string}_` ? never : Server[K] extends (...args: never[]) => unknown ? K : never;
}[keyof Server];

type Fn<K extends ServerFunction> = Server[K] extends (...args: infer A) => infer R ? { args: A; result: Awaited<R> } : never;
export type ServerArgs<K extends ServerFunction> = Fn<K>['args'];
export type ServerResult<K extends ServerFunction> = Fn<K>['result'];

/** The shape of `google.script.run` we rely on (HtmlService client API). */
interface ScriptRunner {
  withSuccessHandler(cb: (value: unknown) => void): ScriptRunner;
  withFailureHandler(cb: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRunner; host?: { close(): void; setHeight?(h: number): void } } };
  }
}

/** Apps Script may prefix a thrown message with its class name; the user needs only the sentence. */
export function serverMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : String((error as { message?: unknown })?.message ?? error);
  return raw.replace(/^(?:Exception|Error|TypeError|ScriptError):\s*/, '').trim();
}

export function run<K extends ServerFunction>(name: K, ...args: ServerArgs<K>): Promise<ServerResult<K>> {
  return new Promise((resolve, reject) => {
    const runner = window.google?.script?.run;
    if (!runner) {
      reject(new Error('google.script.run is not available: open this page from the add-on menu.'));
      return;
    }
    const handled = runner
      .withSuccessHandler((value) => resolve(value as ServerResult<K>))
      .withFailureHandler((error) => reject(new Error(serverMessage(error))));
    const call = handled[name];
    if (typeof call !== 'function') {
      reject(new Error(`Server function ${String(name)} is missing.`));
      return;
    }
    (call as (...a: unknown[]) => void).apply(handled, args as unknown[]);
  });
}

/** Closes the dialog or sidebar hosting this page (no-op outside Apps Script). */
export function closePage(): void {
  window.google?.script?.host?.close();
}
