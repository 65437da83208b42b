import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function Page() {
  const { text } = await generateText({ model: openai('gpt-4o'), prompt: 'hi' });
  return <p>{text}</p>;
}
