/** `camelCase`, spaces and punctuation to kebab-case (`myChat Bot!` → `my-chat-bot`): for component ids. */
export function kebab(s: string): string {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
