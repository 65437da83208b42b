import { type Message, type MessageParam } from "@anthropic-ai/sdk/resources";

export const x: Message[] = [];
