// @aigov chat-asistant
export function tool(): string {
  return 'ok';
}
