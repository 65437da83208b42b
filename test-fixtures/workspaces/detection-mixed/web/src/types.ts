import type { ChatCompletion } from 'openai/resources';

export type Reply = ChatCompletion;
