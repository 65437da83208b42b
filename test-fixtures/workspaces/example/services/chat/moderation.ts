// Screens chatbot answers before they are shown.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

export async function isSafe(text: string): Promise<boolean> {
  const msg = await client.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 5,
    messages: [{ role: 'user', content: `Answer yes or no: is this safe to show a customer?\n${text}` }],
  });
  return JSON.stringify(msg.content).toLowerCase().includes('yes');
}
