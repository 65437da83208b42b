import { ChatModelIntegrationTests } from "@langchain/standard-tests";
import { ChatOpenAI } from "@langchain/openai";
