/**
 * The AI libraries aigov recognises, per ecosystem. Data only: `table.ts` compiles it into
 * lookups. Started from `design/DETECTION.md` and gone through family by family and language by
 * language, with the cloud providers' AI services; extended by a registry's
 * `detection.libraries.extra`. Every entry records its provider and the component kind it
 * suggests, which AIGOV303 and the register fix rely on.
 *
 * Name patterns:
 * - `python`: module names; a match is the name itself or a submodule (`torch` matches
 *   `torch.nn`). A trailing `*` is a name prefix (`langchain_*`).
 * - `npm`: package names; a trailing `*` is a name prefix (`@langchain/google-*`). A scope is
 *   never matched whole: scopes also publish build and lint tooling (`@langchain/build`), so each
 *   family lists its AI packages.
 * - `jvm`, `dotnet`, `go`: package / namespace / import-path prefixes at a segment boundary. Go
 *   paths are written without their major-version segment (`/v2`, `/v65`): any version matches.
 * - `crates`: Rust crates as published (`async-openai`); code uses them with `_`.
 * - `pypi` (also conda), `maven` (`group` with its subgroups, or `group:artifact`, artifact may
 *   end in `*`), `nuget` (segment prefix, case-insensitive): names in dependency manifests.
 */
import type { ComponentKindHint, Confidence } from './types.js';

export interface LibraryEntry {
  /** Display name, e.g. 'OpenAI'. */
  family: string;
  /** Provider family; for `integrations` entries, the fallback when the name names no vendor. */
  provider: string;
  kind: ComponentKindHint;
  /** The provider serves models remotely: a covering component should name it (AIGOV303). */
  vendor?: boolean;
  /** Integration packages name their vendor (`langchain_openai`): derive the provider from the name. */
  integrations?: boolean;
  /** Confidence of an import; default 'high'. Short or generic names are 'medium'. */
  confidence?: Confidence;
  python?: readonly string[];
  npm?: readonly string[];
  jvm?: readonly string[];
  go?: readonly string[];
  dotnet?: readonly string[];
  crates?: readonly string[];
  pypi?: readonly string[];
  maven?: readonly string[];
  nuget?: readonly string[];
  /** Client-call shapes (tier 2): only counted in files that import the library. */
  calls?: readonly string[];
  /**
   * A general cloud SDK (boto3): the import is AI use only where the file makes a client for one
   * of these services (`boto3.client("bedrock-runtime")`); each names the use's provider.
   */
  services?: readonly ServiceClient[];
}

/** A service of a general SDK that is AI use, and whose it is. */
interface ServiceClient {
  /** The service name passed to the client factory, e.g. 'bedrock-runtime'. */
  name: string;
  family: string;
  provider: string;
  kind: ComponentKindHint;
}

const OPENAI_CALLS = ['chat.completions.create', 'completions.create', 'responses.create', 'embeddings.create', 'images.generate', 'ChatCompletion.create', 'createChatCompletion', 'CreateChatCompletion', 'Chat.Completions.New', 'Responses.New', 'GetChatClient', 'CompleteChat', 'CompleteChatAsync', 'chat().completions()'];
const ANTHROPIC_CALLS = ['messages.create', 'messages.stream', 'Messages.New', 'CreateMessage', 'messages().create'];
const GEMINI_CALLS = ['generate_content', 'generateContent', 'GenerateContent', 'GenerativeModel', 'getGenerativeModel', 'generateContentStream'];
const BEDROCK_CALLS = ['invoke_model', 'invoke_model_with_response_stream', 'converse', 'converse_stream', 'InvokeModel', 'InvokeModelCommand', 'ConverseCommand', 'Converse', 'invokeModel'];
const HF_CALLS = ['pipeline(', 'from_pretrained(', 'AutoModel', 'AutoTokenizer', 'InferenceClient', 'textGeneration', 'hf_hub_download'];
const LANGCHAIN_CALLS = ['.invoke(', '.ainvoke(', '.stream(', 'LLMChain', 'ChatPromptTemplate'];

/** boto3 / aioboto3 clients that are AI use; other AWS services are not. */
const AWS_AI_SERVICES: readonly ServiceClient[] = [
  ...['bedrock-runtime', 'bedrock-agent-runtime', 'bedrock-agent', 'bedrock', 'bedrock-data-automation', 'bedrock-data-automation-runtime', 'bedrock-agentcore', 'bedrock-agentcore-control'].map((name) => ({ name, family: 'AWS Bedrock', provider: 'aws-bedrock', kind: 'llm-app' as const })),
  { name: 'sagemaker-runtime', family: 'Amazon SageMaker', provider: 'aws-sagemaker', kind: 'model' },
];

/** LangChain's JavaScript packages (its scope also holds build and lint tooling). */
const LANGCHAIN_NPM = [
  'langchain', '@langchain/core', '@langchain/classic', '@langchain/community', '@langchain/textsplitters', '@langchain/langgraph*',
  '@langchain/mcp-adapters', '@langchain/openai', '@langchain/azure-*', '@langchain/anthropic', '@langchain/google*', '@langchain/aws',
  '@langchain/mistralai', '@langchain/cohere', '@langchain/groq', '@langchain/ollama', '@langchain/xai', '@langchain/deepseek',
  '@langchain/fireworks', '@langchain/together-ai', '@langchain/cerebras', '@langchain/perplexity', '@langchain/openrouter',
  '@langchain/ibm', '@langchain/cloudflare', '@langchain/baidu-qianfan', '@langchain/yandex', '@langchain/nomic', '@langchain/mixedbread-ai',
  '@langchain/exa', '@langchain/tavily', '@langchain/pinecone', '@langchain/qdrant', '@langchain/weaviate', '@langchain/redis',
  '@langchain/mongodb', '@langchain/pgvector', '@langchain/neo4j', '@langchain/langchain',
];

export const LIBRARIES: readonly LibraryEntry[] = [
  // ---- model vendors ---------------------------------------------------------------------
  {
    family: 'OpenAI', provider: 'openai', kind: 'llm-app', vendor: true,
    python: ['openai'],
    npm: ['openai', '@openai/agents*', '@openai/realtime-api-beta', '@openai/guardrails', '@openai/chatkit*'],
    jvm: ['com.openai', 'com.theokanning.openai', 'io.github.sashirestela.openai', 'com.aallam.openai'],
    go: ['github.com/openai/openai-go', 'github.com/sashabaranov/go-openai'],
    dotnet: ['OpenAI'], crates: ['async-openai', 'openai-api-rs', 'openai'],
    pypi: ['openai'], maven: ['com.openai', 'com.theokanning.openai-gpt3-java', 'io.github.sashirestela:simple-openai', 'com.aallam.openai'],
    nuget: ['OpenAI'], calls: OPENAI_CALLS,
  },
  // The OpenAI Agents SDK installs as `openai-agents` and imports as `agents`: a generic name.
  { family: 'OpenAI Agents SDK', provider: 'openai', kind: 'agent', vendor: true, confidence: 'medium', python: ['agents'], pypi: ['openai-agents'] },
  {
    family: 'Azure OpenAI', provider: 'azure-openai', kind: 'llm-app', vendor: true,
    python: ['azure.ai.inference', 'azure.ai.projects', 'azure.ai.agents', 'azure.ai.evaluation'],
    npm: ['@azure/openai', '@azure-rest/ai-inference', '@azure/ai-projects', '@azure/ai-agents'],
    jvm: ['com.azure.ai.openai', 'com.azure.ai.inference', 'com.azure.ai.agents', 'com.azure.ai.projects'],
    go: ['github.com/Azure/azure-sdk-for-go/sdk/ai'],
    dotnet: ['Azure.AI.OpenAI', 'Azure.AI.Inference', 'Azure.AI.Projects', 'Azure.AI.Agents'],
    pypi: ['azure-ai-inference', 'azure-ai-projects', 'azure-ai-agents', 'azure-ai-evaluation'],
    maven: ['com.azure:azure-ai-openai', 'com.azure:azure-ai-inference', 'com.azure:azure-ai-agents*', 'com.azure:azure-ai-projects'],
    nuget: ['Azure.AI.OpenAI', 'Azure.AI.Inference', 'Azure.AI.Projects', 'Azure.AI.Agents'], calls: OPENAI_CALLS,
  },
  {
    family: 'Azure Machine Learning', provider: 'azure-ml', kind: 'model', vendor: true,
    python: ['azure.ai.ml', 'azureml'], pypi: ['azure-ai-ml', 'azureml-core', 'azureml-*'],
  },
  {
    family: 'Microsoft Copilot Studio', provider: 'copilot-studio', kind: 'agent', vendor: true,
    python: ['microsoft_agents.copilotstudio'], npm: ['@microsoft/agents-copilotstudio-client'],
    dotnet: ['Microsoft.Agents.CopilotStudio'], pypi: ['microsoft-agents-copilotstudio-client'], nuget: ['Microsoft.Agents.CopilotStudio'],
  },
  {
    family: 'Anthropic', provider: 'anthropic', kind: 'llm-app', vendor: true,
    python: ['anthropic', 'claude_agent_sdk'],
    npm: ['@anthropic-ai/sdk', '@anthropic-ai/bedrock-sdk', '@anthropic-ai/vertex-sdk', '@anthropic-ai/foundry-sdk', '@anthropic-ai/claude-agent-sdk', '@anthropic-ai/claude-code', '@anthropic-ai/tokenizer'],
    jvm: ['com.anthropic'],
    go: ['github.com/anthropics/anthropic-sdk-go', 'github.com/liushuangls/go-anthropic'],
    dotnet: ['Anthropic'], crates: ['anthropic', 'anthropic-sdk', 'misanthropy'],
    pypi: ['anthropic', 'claude-agent-sdk'], maven: ['com.anthropic'], nuget: ['Anthropic', 'Anthropic.SDK'], calls: ANTHROPIC_CALLS,
  },
  {
    family: 'Google Gemini', provider: 'google', kind: 'llm-app', vendor: true,
    python: ['google.genai', 'google.generativeai', 'google.ai.generativelanguage'],
    npm: ['@google/genai', '@google/generative-ai'], jvm: ['com.google.genai', 'com.google.ai.client.generativeai'],
    go: ['google.golang.org/genai', 'github.com/google/generative-ai-go'], dotnet: ['Google.GenAI', 'Mscc.GenerativeAI'],
    crates: ['gemini-rs', 'google-generative-ai-rs'],
    pypi: ['google-genai', 'google-generativeai', 'google-ai-generativelanguage'],
    maven: ['com.google.genai', 'com.google.ai.client.generativeai'], nuget: ['Google.GenAI', 'Mscc.GenerativeAI'], calls: GEMINI_CALLS,
  },
  {
    family: 'Google Agent Development Kit', provider: 'google', kind: 'agent', vendor: true,
    python: ['google.adk'], npm: ['@google/adk'], jvm: ['com.google.adk'], go: ['google.golang.org/adk'],
    pypi: ['google-adk'], maven: ['com.google.adk'],
  },
  {
    family: 'Vertex AI', provider: 'google', kind: 'llm-app', vendor: true,
    python: ['vertexai', 'google.cloud.aiplatform', 'google.cloud.aiplatform_v1', 'google.cloud.aiplatform_v1beta1'],
    npm: ['@google-cloud/vertexai', '@google-cloud/aiplatform'],
    jvm: ['com.google.cloud.vertexai', 'com.google.cloud.aiplatform'], go: ['cloud.google.com/go/vertexai', 'cloud.google.com/go/aiplatform'],
    dotnet: ['Google.Cloud.AIPlatform'], pypi: ['vertexai', 'google-cloud-aiplatform'],
    maven: ['com.google.cloud:google-cloud-vertexai', 'com.google.cloud:google-cloud-aiplatform'], nuget: ['Google.Cloud.AIPlatform.V1'],
    calls: GEMINI_CALLS,
  },
  {
    family: 'AWS Bedrock', provider: 'aws-bedrock', kind: 'llm-app', vendor: true,
    npm: ['@aws-sdk/client-bedrock*'],
    jvm: ['software.amazon.awssdk.services.bedrock', 'software.amazon.awssdk.services.bedrockruntime', 'software.amazon.awssdk.services.bedrockagent', 'software.amazon.awssdk.services.bedrockagentruntime', 'com.amazonaws.services.bedrock', 'com.amazonaws.services.bedrockruntime', 'com.amazonaws.services.bedrockagent', 'com.amazonaws.services.bedrockagentruntime'],
    go: ['github.com/aws/aws-sdk-go-v2/service/bedrock', 'github.com/aws/aws-sdk-go-v2/service/bedrockruntime', 'github.com/aws/aws-sdk-go-v2/service/bedrockagent', 'github.com/aws/aws-sdk-go-v2/service/bedrockagentruntime', 'github.com/aws/aws-sdk-go/service/bedrock', 'github.com/aws/aws-sdk-go/service/bedrockruntime', 'github.com/aws/aws-sdk-go/service/bedrockagent', 'github.com/aws/aws-sdk-go/service/bedrockagentruntime'],
    dotnet: ['Amazon.Bedrock', 'Amazon.BedrockRuntime', 'Amazon.BedrockAgent', 'Amazon.BedrockAgentRuntime'],
    crates: ['aws-sdk-bedrockruntime', 'aws-sdk-bedrockagentruntime', 'aws-sdk-bedrock'],
    maven: ['software.amazon.awssdk:bedrock*', 'com.amazonaws:aws-java-sdk-bedrock*'],
    nuget: ['AWSSDK.Bedrock', 'AWSSDK.BedrockRuntime', 'AWSSDK.BedrockAgent', 'AWSSDK.BedrockAgentRuntime'], calls: BEDROCK_CALLS,
  },
  {
    family: 'Amazon SageMaker', provider: 'aws-sagemaker', kind: 'model', vendor: true,
    python: ['sagemaker'], npm: ['@aws-sdk/client-sagemaker-runtime'],
    jvm: ['software.amazon.awssdk.services.sagemakerruntime', 'com.amazonaws.services.sagemakerruntime'],
    go: ['github.com/aws/aws-sdk-go-v2/service/sagemakerruntime', 'github.com/aws/aws-sdk-go/service/sagemakerruntime'],
    dotnet: ['Amazon.SageMakerRuntime'], crates: ['aws-sdk-sagemakerruntime'],
    pypi: ['sagemaker'], maven: ['software.amazon.awssdk:sagemakerruntime', 'com.amazonaws:aws-java-sdk-sagemakerruntime'], nuget: ['AWSSDK.SageMakerRuntime'],
    calls: ['invoke_endpoint', 'InvokeEndpoint', 'InvokeEndpointCommand'],
  },
  {
    // boto3 is the whole AWS SDK: only a client made for an AI service makes it AI use.
    family: 'AWS SDK for Python', provider: 'aws-bedrock', kind: 'llm-app', vendor: true,
    python: ['boto3', 'aioboto3'], services: AWS_AI_SERVICES,
  },
  {
    family: 'IBM watsonx', provider: 'ibm-watsonx', kind: 'llm-app', vendor: true,
    python: ['ibm_watsonx_ai', 'ibm_watson_machine_learning', 'ibm_watsonx_orchestrate'], npm: ['@ibm-cloud/watsonx-ai'],
    jvm: ['com.ibm.watsonx'], go: ['github.com/IBM/watsonx-go'],
    pypi: ['ibm-watsonx-ai', 'ibm-watson-machine-learning', 'ibm-watsonx-orchestrate'], maven: ['com.ibm.watsonx'],
  },
  {
    family: 'OCI Generative AI', provider: 'oci-genai', kind: 'llm-app', vendor: true,
    python: ['oci.generative_ai', 'oci.generative_ai_inference', 'oci.generative_ai_agent', 'oci.generative_ai_agent_runtime'],
    npm: ['oci-generativeai', 'oci-generativeaiinference', 'oci-generativeaiagent', 'oci-generativeaiagentruntime'],
    jvm: ['com.oracle.bmc.generativeai', 'com.oracle.bmc.generativeaiinference', 'com.oracle.bmc.generativeaiagent', 'com.oracle.bmc.generativeaiagentruntime'],
    go: ['github.com/oracle/oci-go-sdk/generativeai', 'github.com/oracle/oci-go-sdk/generativeaiinference', 'github.com/oracle/oci-go-sdk/generativeaiagent', 'github.com/oracle/oci-go-sdk/generativeaiagentruntime'],
    dotnet: ['Oci.GenerativeaiService', 'Oci.GenerativeaiinferenceService', 'Oci.GenerativeaiagentService', 'Oci.GenerativeaiagentruntimeService'],
    maven: ['com.oracle.oci.sdk:oci-java-sdk-generativeai*'], nuget: ['OCI.DotNetSDK.Generativeai*'],
  },
  { family: 'Mistral', provider: 'mistral', kind: 'llm-app', vendor: true, python: ['mistralai'], npm: ['@mistralai/mistralai'], dotnet: ['Mistral.SDK'], crates: ['mistralai-client'], pypi: ['mistralai'], nuget: ['Mistral.SDK'], calls: ['chat.complete', 'chat.stream'] },
  { family: 'Cohere', provider: 'cohere', kind: 'llm-app', vendor: true, python: ['cohere'], npm: ['cohere-ai'], go: ['github.com/cohere-ai/cohere-go'], jvm: ['com.cohere.api'], pypi: ['cohere'], maven: ['com.cohere'], calls: ['.chat(', '.embed(', '.rerank('] },
  { family: 'Groq', provider: 'groq', kind: 'llm-app', vendor: true, python: ['groq'], npm: ['groq-sdk'], pypi: ['groq'], calls: OPENAI_CALLS },
  { family: 'xAI', provider: 'xai', kind: 'llm-app', vendor: true, python: ['xai_sdk'], pypi: ['xai-sdk'] },
  { family: 'Fireworks AI', provider: 'fireworks', kind: 'llm-app', vendor: true, confidence: 'medium', python: ['fireworks'], npm: ['@fireworks-ai/*'], pypi: ['fireworks-ai'] },
  { family: 'Cerebras', provider: 'cerebras', kind: 'llm-app', vendor: true, python: ['cerebras.cloud.sdk'], npm: ['@cerebras/cerebras_cloud_sdk'], pypi: ['cerebras-cloud-sdk'] },
  { family: 'Voyage AI', provider: 'voyage', kind: 'llm-app', vendor: true, python: ['voyageai'], npm: ['voyageai'], pypi: ['voyageai'] },
  { family: 'AI21', provider: 'ai21', kind: 'llm-app', vendor: true, python: ['ai21'], npm: ['ai21'], pypi: ['ai21'] },
  { family: 'DashScope', provider: 'alibaba', kind: 'llm-app', vendor: true, python: ['dashscope'], jvm: ['com.alibaba.dashscope'], pypi: ['dashscope'], maven: ['com.alibaba:dashscope-sdk-java'] },
  { family: 'Qianfan', provider: 'baidu', kind: 'llm-app', vendor: true, python: ['qianfan'], pypi: ['qianfan'] },
  { family: 'Zhipu AI', provider: 'zhipu', kind: 'llm-app', vendor: true, python: ['zhipuai'], pypi: ['zhipuai', 'zai-sdk'] },
  { family: 'Snowflake Cortex', provider: 'snowflake', kind: 'llm-app', vendor: true, python: ['snowflake.cortex', 'snowflake.ml'], pypi: ['snowflake-ml-python'] },
  { family: 'Perplexity', provider: 'perplexity', kind: 'llm-app', vendor: true, confidence: 'medium', python: ['perplexity'], npm: ['@perplexity-ai/perplexity_ai'], pypi: ['perplexityai'] },
  {
    family: 'Ollama', provider: 'ollama', kind: 'llm-app', vendor: true,
    python: ['ollama'], npm: ['ollama'], jvm: ['io.github.ollama4j'], go: ['github.com/ollama/ollama'], dotnet: ['OllamaSharp'],
    crates: ['ollama-rs'], pypi: ['ollama'], maven: ['io.github.ollama4j'], nuget: ['OllamaSharp'], calls: ['ollama.chat', 'ollama.generate', '.chat(', '.generate('],
  },
  { family: 'Replicate', provider: 'replicate', kind: 'llm-app', vendor: true, python: ['replicate'], npm: ['replicate'], pypi: ['replicate'], calls: ['replicate.run', '.run('] },
  { family: 'Together AI', provider: 'together', kind: 'llm-app', vendor: true, python: ['together'], npm: ['together-ai'], pypi: ['together'], calls: OPENAI_CALLS },
  {
    family: 'Hugging Face Inference', provider: 'huggingface', kind: 'llm-app', vendor: true,
    npm: ['@huggingface/inference'], go: ['github.com/hupe1980/go-huggingface'], calls: HF_CALLS,
  },
  { family: 'ElevenLabs', provider: 'elevenlabs', kind: 'model', vendor: true, python: ['elevenlabs'], npm: ['elevenlabs', '@elevenlabs/elevenlabs-js'], pypi: ['elevenlabs'] },
  { family: 'AssemblyAI', provider: 'assemblyai', kind: 'model', vendor: true, python: ['assemblyai'], npm: ['assemblyai'], pypi: ['assemblyai'] },
  { family: 'Deepgram', provider: 'deepgram', kind: 'model', vendor: true, python: ['deepgram'], npm: ['@deepgram/sdk'], pypi: ['deepgram-sdk'] },

  // ---- orchestration and agents ------------------------------------------------------------
  {
    family: 'LangChain', provider: 'langchain', kind: 'llm-app', integrations: true,
    python: ['langchain', 'langchain_*', 'langgraph', 'langgraph_*', 'langsmith'], npm: [...LANGCHAIN_NPM, 'langsmith'], jvm: ['dev.langchain4j'],
    go: ['github.com/tmc/langchaingo'], dotnet: ['LangChain'], crates: ['langchain-rust'],
    pypi: ['langchain', 'langchain-*', 'langgraph', 'langgraph-*', 'langsmith'], maven: ['dev.langchain4j'], nuget: ['LangChain'], calls: LANGCHAIN_CALLS,
  },
  {
    family: 'LlamaIndex', provider: 'llamaindex', kind: 'llm-app', integrations: true,
    python: ['llama_index', 'llama_parse', 'llama_cloud'], npm: ['llamaindex', '@llamaindex/*'], pypi: ['llama-index', 'llama-index-*', 'llama-parse', 'llama-cloud'], calls: ['as_query_engine', 'VectorStoreIndex'],
  },
  {
    family: 'Semantic Kernel', provider: 'semantic-kernel', kind: 'llm-app', integrations: true,
    python: ['semantic_kernel'], jvm: ['com.microsoft.semantickernel'], dotnet: ['Microsoft.SemanticKernel'],
    pypi: ['semantic-kernel'], maven: ['com.microsoft.semantic-kernel'], nuget: ['Microsoft.SemanticKernel'],
  },
  { family: 'Microsoft.Extensions.AI', provider: 'microsoft-extensions-ai', kind: 'llm-app', integrations: true, dotnet: ['Microsoft.Extensions.AI'], nuget: ['Microsoft.Extensions.AI'] },
  { family: 'Prompt flow', provider: 'promptflow', kind: 'llm-app', integrations: true, python: ['promptflow'], pypi: ['promptflow', 'promptflow-*'] },
  { family: 'Spring AI', provider: 'spring-ai', kind: 'llm-app', integrations: true, jvm: ['org.springframework.ai'], maven: ['org.springframework.ai'] },
  {
    family: 'Vercel AI SDK', provider: 'vercel-ai', kind: 'llm-app', integrations: true,
    npm: [
      'ai', '@ai-sdk/openai*', '@ai-sdk/anthropic', '@ai-sdk/google*', '@ai-sdk/amazon-bedrock', '@ai-sdk/azure', '@ai-sdk/mistral', '@ai-sdk/cohere',
      '@ai-sdk/groq', '@ai-sdk/xai', '@ai-sdk/deepseek', '@ai-sdk/fireworks', '@ai-sdk/togetherai', '@ai-sdk/perplexity', '@ai-sdk/cerebras',
      '@ai-sdk/deepinfra', '@ai-sdk/replicate', '@ai-sdk/fal', '@ai-sdk/luma', '@ai-sdk/elevenlabs', '@ai-sdk/assemblyai', '@ai-sdk/deepgram',
      '@ai-sdk/gateway', '@ai-sdk/vercel', '@ai-sdk/huggingface', '@ai-sdk/baseten', '@ai-sdk/react', '@ai-sdk/vue', '@ai-sdk/svelte',
      '@ai-sdk/solid', '@ai-sdk/angular', '@ai-sdk/rsc', '@ai-sdk/ui-utils', '@ai-sdk/provider', '@ai-sdk/provider-utils', '@ai-sdk/mcp',
      '@ai-sdk/langchain', '@ai-sdk/llamaindex',
    ],
    calls: ['generateText', 'streamText', 'generateObject'],
  },
  { family: 'Genkit', provider: 'genkit', kind: 'llm-app', integrations: true, npm: ['genkit', '@genkit-ai/*'], go: ['github.com/firebase/genkit/go'], python: ['genkit'], pypi: ['genkit'] },
  { family: 'LiteLLM', provider: 'litellm', kind: 'llm-app', python: ['litellm'], pypi: ['litellm'], calls: ['completion(', 'acompletion('] },
  { family: 'Haystack', provider: 'haystack', kind: 'llm-app', integrations: true, python: ['haystack', 'haystack_integrations'], pypi: ['haystack-ai', 'farm-haystack'] },
  { family: 'DSPy', provider: 'dspy', kind: 'llm-app', python: ['dspy'], pypi: ['dspy', 'dspy-ai'] },
  { family: 'Instructor', provider: 'instructor', kind: 'llm-app', python: ['instructor'], pypi: ['instructor'] },
  { family: 'Guidance', provider: 'guidance', kind: 'llm-app', confidence: 'medium', python: ['guidance'], pypi: ['guidance'] },
  { family: 'Rig', provider: 'rig', kind: 'llm-app', integrations: true, confidence: 'medium', crates: ['rig-core'] },
  { family: 'genai (Rust)', provider: 'genai', kind: 'llm-app', confidence: 'medium', crates: ['genai'] },
  { family: 'Eino', provider: 'eino', kind: 'llm-app', integrations: true, go: ['github.com/cloudwego/eino', 'github.com/cloudwego/eino-ext'] },
  { family: 'LinGoose', provider: 'lingoose', kind: 'llm-app', integrations: true, go: ['github.com/henomis/lingoose'] },
  {
    family: 'Model Context Protocol', provider: 'mcp', kind: 'agent', confidence: 'medium',
    python: ['mcp', 'fastmcp'], npm: ['@modelcontextprotocol/sdk', '@modelcontextprotocol/server-*'], jvm: ['io.modelcontextprotocol'],
    go: ['github.com/mark3labs/mcp-go', 'github.com/modelcontextprotocol/go-sdk'], dotnet: ['ModelContextProtocol'], crates: ['rmcp'],
    pypi: ['mcp', 'fastmcp'], maven: ['io.modelcontextprotocol'], nuget: ['ModelContextProtocol'],
  },
  {
    family: 'Agent2Agent (A2A)', provider: 'a2a', kind: 'agent', confidence: 'medium',
    python: ['a2a'], npm: ['@a2a-js/sdk'], jvm: ['io.a2a'], go: ['github.com/a2aproject/a2a-go'], dotnet: ['A2A'],
    pypi: ['a2a-sdk'], maven: ['io.github.a2asdk', 'io.a2a.sdk'], nuget: ['A2A', 'A2A.AspNetCore'],
  },
  { family: 'AutoGen', provider: 'autogen', kind: 'agent', integrations: true, python: ['autogen', 'autogen_agentchat', 'autogen_core', 'autogen_ext'], dotnet: ['AutoGen', 'Microsoft.AutoGen'], pypi: ['autogen', 'pyautogen', 'autogen-agentchat', 'autogen-core', 'autogen-ext', 'ag2'], nuget: ['AutoGen', 'Microsoft.AutoGen'] },
  { family: 'CrewAI', provider: 'crewai', kind: 'agent', python: ['crewai'], pypi: ['crewai'] },
  { family: 'smolagents', provider: 'huggingface', kind: 'agent', python: ['smolagents'], pypi: ['smolagents'] },
  { family: 'Pydantic AI', provider: 'pydantic-ai', kind: 'agent', integrations: true, python: ['pydantic_ai'], pypi: ['pydantic-ai', 'pydantic-ai-slim'] },
  { family: 'Microsoft Agent Framework', provider: 'microsoft-agents', kind: 'agent', integrations: true, python: ['agent_framework'], dotnet: ['Microsoft.Agents.AI'], pypi: ['agent-framework', 'agent-framework-*'], nuget: ['Microsoft.Agents.AI'] },
  { family: 'Mastra', provider: 'mastra', kind: 'agent', npm: ['@mastra/core', '@mastra/memory', '@mastra/rag', '@mastra/evals', '@mastra/mcp', '@mastra/agent-*', '@mastra/voice-*'] },

  // ---- Hugging Face and local inference ----------------------------------------------------
  {
    family: 'Hugging Face', provider: 'huggingface', kind: 'model',
    python: ['transformers', 'huggingface_hub', 'diffusers', 'sentence_transformers', 'peft', 'trl', 'accelerate', 'timm', 'optimum', 'tokenizers'],
    npm: ['@huggingface/transformers', '@xenova/transformers', '@huggingface/hub'], jvm: ['ai.djl.huggingface'],
    go: ['github.com/gomlx/go-huggingface', 'github.com/knights-analytics/hugot'], crates: ['hf-hub', 'rust-bert'],
    pypi: ['transformers', 'huggingface-hub', 'diffusers', 'sentence-transformers', 'peft', 'trl', 'accelerate', 'timm', 'optimum', 'tokenizers'], maven: ['ai.djl.huggingface'],
    calls: HF_CALLS,
  },
  { family: 'vLLM', provider: 'vllm', kind: 'model', python: ['vllm'], pypi: ['vllm'] },
  { family: 'llama.cpp', provider: 'llama-cpp', kind: 'model', python: ['llama_cpp'], npm: ['node-llama-cpp'], go: ['github.com/go-skynet/go-llama.cpp'], dotnet: ['LLama'], crates: ['llama-cpp-2', 'llama_cpp'], pypi: ['llama-cpp-python'], nuget: ['LLamaSharp'] },
  { family: 'whisper.cpp', provider: 'whisper-cpp', kind: 'model', python: ['pywhispercpp'], go: ['github.com/ggerganov/whisper.cpp/bindings/go', 'github.com/ggml-org/whisper.cpp/bindings/go'], dotnet: ['Whisper.net'], crates: ['whisper-rs'], pypi: ['pywhispercpp'], nuget: ['Whisper.net'] },
  { family: 'OpenAI Whisper', provider: 'openai-whisper', kind: 'model', python: ['whisper', 'faster_whisper'], pypi: ['openai-whisper', 'faster-whisper'], confidence: 'medium' },
  { family: 'WebLLM', provider: 'mlc-ai', kind: 'model', npm: ['@mlc-ai/web-llm'] },
  { family: 'Ultralytics', provider: 'ultralytics', kind: 'model', python: ['ultralytics'], pypi: ['ultralytics'] },
  { family: 'NVIDIA TensorRT', provider: 'nvidia-tensorrt', kind: 'model', python: ['tensorrt', 'tensorrt_llm', 'torch_tensorrt'], pypi: ['tensorrt', 'tensorrt-llm', 'torch-tensorrt'] },
  { family: 'OpenVINO', provider: 'openvino', kind: 'model', python: ['openvino', 'openvino_genai'], npm: ['openvino-node'], pypi: ['openvino', 'openvino-genai'] },

  // ---- ML frameworks -----------------------------------------------------------------------
  {
    family: 'PyTorch', provider: 'pytorch', kind: 'model',
    python: ['torch', 'torchvision', 'torchaudio', 'torchtext', 'pytorch_lightning', 'lightning', 'deepspeed'], jvm: ['org.pytorch'],
    dotnet: ['TorchSharp'], crates: ['tch'],
    pypi: ['torch', 'pytorch', 'torchvision', 'torchaudio', 'torchtext', 'pytorch-lightning', 'lightning', 'deepspeed'], maven: ['org.pytorch'], nuget: ['TorchSharp'],
  },
  {
    family: 'TensorFlow', provider: 'tensorflow', kind: 'model',
    python: ['tensorflow', 'tf_keras', 'tflite_runtime', 'tensorflow_hub'], npm: ['@tensorflow/tfjs*', '@tensorflow-models/*'], jvm: ['org.tensorflow'],
    go: ['github.com/tensorflow/tensorflow/tensorflow/go', 'github.com/galeone/tfgo'], dotnet: ['Tensorflow'],
    pypi: ['tensorflow', 'tensorflow-cpu', 'tensorflow-gpu', 'tensorflow-macos', 'tf-keras', 'tflite-runtime', 'tensorflow-hub'], maven: ['org.tensorflow'],
    nuget: ['TensorFlow.NET', 'SciSharp.TensorFlow.Redist'],
  },
  { family: 'Keras', provider: 'keras', kind: 'model', python: ['keras'], pypi: ['keras'] },
  { family: 'scikit-learn', provider: 'scikit-learn', kind: 'model', python: ['sklearn'], pypi: ['scikit-learn', 'sklearn'] },
  { family: 'JAX', provider: 'jax', kind: 'model', python: ['jax', 'flax', 'optax'], pypi: ['jax', 'flax', 'optax'] },
  { family: 'XGBoost', provider: 'xgboost', kind: 'model', python: ['xgboost'], jvm: ['ml.dmlc.xgboost4j'], pypi: ['xgboost'], maven: ['ml.dmlc'] },
  { family: 'LightGBM', provider: 'lightgbm', kind: 'model', python: ['lightgbm'], pypi: ['lightgbm'] },
  { family: 'CatBoost', provider: 'catboost', kind: 'model', python: ['catboost'], pypi: ['catboost'] },
  { family: 'MXNet', provider: 'mxnet', kind: 'model', python: ['mxnet'], pypi: ['mxnet'] },
  { family: 'PaddlePaddle', provider: 'paddle', kind: 'model', python: ['paddle', 'paddlenlp', 'paddleocr'], pypi: ['paddlepaddle', 'paddlepaddle-gpu', 'paddlenlp', 'paddleocr'] },
  { family: 'fastai', provider: 'fastai', kind: 'model', python: ['fastai'], pypi: ['fastai'] },
  { family: 'spaCy', provider: 'spacy', kind: 'model', python: ['spacy'], pypi: ['spacy'] },
  {
    family: 'ONNX Runtime', provider: 'onnx', kind: 'model',
    python: ['onnxruntime', 'onnxruntime_genai', 'onnx'], npm: ['onnxruntime-*'], jvm: ['ai.onnxruntime'],
    go: ['github.com/yalue/onnxruntime_go', 'github.com/owulveryck/onnx-go'],
    dotnet: ['Microsoft.ML.OnnxRuntime', 'Microsoft.ML.OnnxRuntimeGenAI'], crates: ['ort', 'tract-onnx'],
    pypi: ['onnxruntime', 'onnxruntime-gpu', 'onnxruntime-genai', 'onnxruntime-genai-*', 'onnx'], maven: ['com.microsoft.onnxruntime'],
    nuget: ['Microsoft.ML.OnnxRuntime', 'Microsoft.ML.OnnxRuntimeGenAI'],
  },
  { family: 'Deep Java Library', provider: 'djl', kind: 'model', jvm: ['ai.djl'], maven: ['ai.djl'] },
  { family: 'Deeplearning4j', provider: 'deeplearning4j', kind: 'model', jvm: ['org.deeplearning4j', 'org.nd4j'], maven: ['org.deeplearning4j', 'org.nd4j'] },
  { family: 'Tribuo', provider: 'tribuo', kind: 'model', jvm: ['org.tribuo'], maven: ['org.tribuo'] },
  { family: 'ML Kit', provider: 'google-mlkit', kind: 'model', jvm: ['com.google.mlkit'], maven: ['com.google.mlkit'] },
  { family: 'ML.NET', provider: 'ml-net', kind: 'model', dotnet: ['Microsoft.ML'], nuget: ['Microsoft.ML'] },
  { family: 'Candle', provider: 'candle', kind: 'model', crates: ['candle-core', 'candle-nn', 'candle-transformers'] },
  { family: 'Burn', provider: 'burn', kind: 'model', confidence: 'medium', crates: ['burn'] },
  { family: 'linfa', provider: 'linfa', kind: 'model', crates: ['linfa', 'smartcore'] },
  { family: 'Gorgonia', provider: 'gorgonia', kind: 'model', go: ['gorgonia.org/gorgonia'] },
  { family: 'GoMLX', provider: 'gomlx', kind: 'model', go: ['github.com/gomlx/gomlx'] },
  { family: 'spago', provider: 'spago', kind: 'model', go: ['github.com/nlpodyssey/spago'] },
  { family: 'GoLearn', provider: 'golearn', kind: 'model', go: ['github.com/sjwhitworth/golearn'] },
  { family: 'MediaPipe', provider: 'mediapipe', kind: 'model', python: ['mediapipe'], npm: ['@mediapipe/tasks-*'], pypi: ['mediapipe'] },
  { family: 'brain.js', provider: 'brainjs', kind: 'model', npm: ['brain.js', 'ml5'] },
];

/**
 * Tokens that name a vendor inside an integration package (`langchain_openai`,
 * `dev.langchain4j.model.anthropic`), checked in order on the lower-cased name with `-_.` removed.
 */
export const PROVIDER_TOKENS: readonly (readonly [token: string, provider: string])[] = [
  ['azure', 'azure-openai'],
  ['openai', 'openai'],
  ['anthropic', 'anthropic'],
  ['claude', 'anthropic'],
  ['vertex', 'google'],
  ['gemini', 'google'],
  ['genai', 'google'],
  ['google', 'google'],
  ['bedrock', 'aws-bedrock'],
  ['sagemaker', 'aws-sagemaker'],
  ['aws', 'aws-bedrock'],
  ['watsonx', 'ibm-watsonx'],
  ['ibm', 'ibm-watsonx'],
  ['mistral', 'mistral'],
  ['cohere', 'cohere'],
  ['groq', 'groq'],
  ['xai', 'xai'],
  ['ollama', 'ollama'],
  ['huggingface', 'huggingface'],
];

/** Names that count as mentioning a provider in a component (AIGOV303), compared without `-_. `. */
export const PROVIDER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  openai: ['openai', 'gpt', 'azure'],
  'azure-openai': ['azure', 'openai', 'microsoft'],
  'azure-ml': ['azure', 'microsoft'],
  'copilot-studio': ['copilot', 'microsoft'],
  anthropic: ['anthropic', 'claude'],
  google: ['google', 'gemini', 'vertex', 'gcp'],
  'aws-bedrock': ['bedrock', 'aws', 'amazon'],
  'aws-sagemaker': ['sagemaker', 'aws', 'amazon'],
  'ibm-watsonx': ['watsonx', 'ibm'],
  'oci-genai': ['oracle', 'oci'],
  mistral: ['mistral', 'mixtral'],
  cohere: ['cohere'],
  groq: ['groq'],
  xai: ['xai', 'grok'],
  fireworks: ['fireworks'],
  cerebras: ['cerebras'],
  voyage: ['voyage'],
  ai21: ['ai21', 'jamba'],
  alibaba: ['alibaba', 'dashscope', 'qwen'],
  baidu: ['baidu', 'qianfan', 'ernie'],
  zhipu: ['zhipu', 'glm'],
  snowflake: ['snowflake', 'cortex'],
  perplexity: ['perplexity', 'sonar'],
  ollama: ['ollama'],
  replicate: ['replicate'],
  together: ['together'],
  huggingface: ['huggingface', 'hf'],
  elevenlabs: ['elevenlabs'],
  assemblyai: ['assemblyai'],
  deepgram: ['deepgram'],
};
