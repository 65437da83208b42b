declare module 'openai' {
  interface ClientOptions { tenant?: string }
}
export {};
