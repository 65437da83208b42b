export async function ask(q) {
  const { Ollama } = await import('ollama');
  return new Ollama().chat({ model: 'llama3', messages: [{ role: 'user', content: q }] });
}
