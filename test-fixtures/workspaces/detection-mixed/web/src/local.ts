import { reply } from './openai';

export const ask = reply;
