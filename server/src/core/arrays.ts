/**
 * Appends every item of `items` to `target` and returns `target`, one push per item. Spreading
 * an array into a single push call passes each item as an argument on the stack; this takes
 * arrays of any length (a file with 200,000 findings overflowed the stack that way).
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
