// Loan application assistant: request handler.
export function handle(question: string): string {
  return `You asked: ${question}`;
}
