import { BedrockRuntimeClient, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: "us-east-1" });
await client.send(new InvokeModelCommand({ modelId: "x", body: "{}" }));
