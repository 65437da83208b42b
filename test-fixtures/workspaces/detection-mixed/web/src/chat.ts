import OpenAI from 'openai';

const client = new OpenAI();

export async function reply(q: string): Promise<string> {
  const r = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: q }] });
  return r.choices[0]?.message.content ?? '';
}
