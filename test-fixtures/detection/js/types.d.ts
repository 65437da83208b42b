import { OpenAI } from 'openai';

export declare function make(): OpenAI;
