/** `from`, `from + step`, … up to and including `to`: the choices of a numeric select. */
export function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value += step) values.push(value);
  return values;
}
