/** The value one of `values`, or undefined for anything else (an empty select, a hand-edited URL). */
export function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): T | undefined {
  return values.find((candidate) => candidate === value);
}
