const s = "import OpenAI from 'openai'";
const t = `import { pipeline } from '@xenova/transformers'`;
const u = 'require("ollama")';
export { s, t, u };
