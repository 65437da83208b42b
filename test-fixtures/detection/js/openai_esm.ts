import OpenAI from 'openai';

const client = new OpenAI();
await client.chat.completions.create({ model: 'gpt-4o', messages: [] });
