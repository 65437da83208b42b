import { generateText } from 'ai';
import { bedrock } from '@ai-sdk/amazon-bedrock';

export const run = () => generateText({ model: bedrock('anthropic.claude-3-haiku'), prompt: 'hi' });
