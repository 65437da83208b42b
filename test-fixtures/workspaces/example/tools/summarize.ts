// @aigov support-chatbt
// Summarises chat transcripts for the weekly quality review.
import OpenAI from 'openai';

const openai = new OpenAI();

export async function summarize(transcript: string): Promise<string> {
  const r = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Summarise:\n${transcript}` }],
  });
  return r.choices[0]?.message.content ?? '';
}
