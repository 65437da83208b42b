jest.mock('openai');
const m = module.require('@anthropic-ai/sdk');
const p = require.resolve('ollama');
