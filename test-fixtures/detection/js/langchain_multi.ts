import {
  ChatOpenAI,
  OpenAIEmbeddings,
} from "@langchain/openai";
import { ChatPromptTemplate } from "@langchain/core/prompts";

const model = new ChatOpenAI();
