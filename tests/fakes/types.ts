/**
 * Typing fakes against @types/google-apps-script: a fake class `implements Impl<GasInterface, 'a' | 'b'>`
 * so each method it provides has Google's name and parameters. Return values that are Google
 * objects are our own fakes (handed out wrapped), so only primitive return types are checked.
 */
type Loose<R> = R extends string
  ? string // string unions such as FontWeight
  : R extends boolean | void | null | undefined
    ? R
    : R extends number
      ? R | string // numeric enums: the fakes use the enum member's name
      : unknown;

export type Impl<T, K extends keyof T> = {
  [P in K]: T[P] extends (...a: infer A) => infer R ? (...a: A) => Loose<R> : never;
};
