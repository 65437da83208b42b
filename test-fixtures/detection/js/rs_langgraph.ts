import { StateGraph, END } from "@langchain/langgraph";
import { MemorySaver } from "@langchain/langgraph-checkpoint";
