export const load = () => import(/* webpackChunkName: "llm" */ 'openai');
