type Client = typeof import('openai');
export type { Client };
