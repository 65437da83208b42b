fetch('https://api.openai.com/v1/chat/completions', { method: 'POST' });
const docs = "https://js.langchain.com/docs";
