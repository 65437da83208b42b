// import OpenAI from 'openai';
/* const a = require('@anthropic-ai/sdk'); */
/**
 * import { ChatOpenAI } from "@langchain/openai";
 */
export const nothing = 1;
