export const Docs = () => (
  <p>
    import OpenAI from 'openai'
  </p>
);
