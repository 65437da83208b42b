/**
 * Appends every item of `items` to `target` and returns `target`. Unlike `target.push(...items)`,
 * which passes each item as an argument on the stack, it takes arrays of any length (a file with
 * 200,000 findings overflowed the stack that way).
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
