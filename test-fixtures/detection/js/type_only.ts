import type { ChatCompletion } from 'openai/resources';

export function text(c: ChatCompletion): string {
  return c.choices[0]?.message.content ?? '';
}
