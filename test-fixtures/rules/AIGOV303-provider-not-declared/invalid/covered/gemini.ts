import { GoogleGenAI } from '@google/genai';
//                           ^^^^^^^^^^^^^ AIGOV303
