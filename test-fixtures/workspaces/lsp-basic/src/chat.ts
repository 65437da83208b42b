// @aigov chat-bot
// Answers customer questions.
export function answer(question: string): string {
  const note = '@aigov not-an-annotation';
  return `${question} ${note}`;
}
