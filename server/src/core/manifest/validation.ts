/**
 * How a registry is validated: without zod's compiled fast path. zod compiles each object schema
 * into a function (`new Function`) the first time it parses with it; a registry's schema holds
 * dozens of objects, and a run validates a few registries a few times, so the compiling cost more
 * than it saved (the example workspace's registry: the first validation 14-45 ms compiled, 6-13 ms
 * not; 500 components: 164-277 against 84-117 ms). A language server that validated one registry
 * of 500 components some twenty times over would have gained it back.
 */
export const VALIDATION = { jitless: true } as const;
