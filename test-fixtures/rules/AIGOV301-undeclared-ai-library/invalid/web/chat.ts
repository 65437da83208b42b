import type { ChatCompletion } from 'openai/resources';
import OpenAI from 'openai';
//                  ^^^^^^ AIGOV301
const a = require('@anthropic-ai/sdk');
//                 ^^^^^^^^^^^^^^^^^ AIGOV301
