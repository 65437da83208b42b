import OpenAI, { type ClientOptions } from 'openai';

export const make = (o: ClientOptions) => new OpenAI(o);
