export type { GenerateContentResponse } from '@google/genai';
