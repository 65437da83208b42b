import OpenAI from "npm:openai@4";

const c = new OpenAI();
