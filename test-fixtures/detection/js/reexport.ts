export * from '@langchain/openai';
export { ChatAnthropic } from '@langchain/anthropic';
