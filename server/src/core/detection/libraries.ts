/**
 * The AI libraries aigov recognises, per ecosystem. Data only: `table.ts` compiles it into
 * lookups. Started from `design/DETECTION.md`; extended by a registry's `detection.libraries.extra`.
 *
 * Name patterns:
 * - `python`: module names; a match is the name itself or a submodule (`torch` matches
 *   `torch.nn`). A trailing `*` is a prefix of the top-level module (`langchain_*`).
 * - `npm`: package names; `@scope/*` is a whole scope, a trailing `*` a name prefix.
 * - `jvm`, `dotnet`, `go`: package / namespace / import-path prefixes at a segment boundary.
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
  /** String arguments that select an AI service of a general SDK (`boto3.client("bedrock-runtime")`). */
  serviceStrings?: readonly string[];
  /** The import alone is not AI use (boto3): report only with call or service evidence. */
  needsCall?: boolean;
}

const OPENAI_CALLS = ['chat.completions.create', 'completions.create', 'responses.create', 'embeddings.create', 'images.generate', 'ChatCompletion.create', 'createChatCompletion', 'CreateChatCompletion', 'Chat.Completions.New', 'Responses.New', 'GetChatClient', 'CompleteChat', 'CompleteChatAsync', 'chat().completions()'];
const ANTHROPIC_CALLS = ['messages.create', 'messages.stream', 'Messages.New', 'CreateMessage', 'messages().create'];
const GEMINI_CALLS = ['generate_content', 'generateContent', 'GenerateContent', 'GenerativeModel', 'getGenerativeModel', 'generateContentStream'];
const BEDROCK_CALLS = ['invoke_model', 'invoke_model_with_response_stream', 'converse', 'converse_stream', 'InvokeModel', 'InvokeModelCommand', 'ConverseCommand', 'Converse', 'invokeModel'];
const HF_CALLS = ['pipeline(', 'from_pretrained(', 'AutoModel', 'AutoTokenizer', 'InferenceClient', 'textGeneration', 'hf_hub_download'];
const LANGCHAIN_CALLS = ['.invoke(', '.ainvoke(', '.stream(', 'LLMChain', 'ChatPromptTemplate'];

export const LIBRARIES: readonly LibraryEntry[] = [
  // ---- model vendors ---------------------------------------------------------------------
  {
    family: 'OpenAI', provider: 'openai', kind: 'llm-app', vendor: true,
    python: ['openai'], npm: ['openai', '@openai/*'],
    jvm: ['com.openai', 'com.theokanning.openai', 'io.github.sashirestela.openai', 'com.aallam.openai'],
    go: ['github.com/openai/openai-go', 'github.com/sashabaranov/go-openai'],
    dotnet: ['OpenAI'], crates: ['async-openai', 'openai-api-rs', 'openai'],
    pypi: ['openai'], maven: ['com.openai', 'com.theokanning.openai-gpt3-java', 'io.github.sashirestela:simple-openai', 'com.aallam.openai'],
    nuget: ['OpenAI'], calls: OPENAI_CALLS,
  },
  {
    family: 'Azure OpenAI', provider: 'azure-openai', kind: 'llm-app', vendor: true,
    python: ['azure.ai.inference', 'azure.ai.projects'], npm: ['@azure/openai', '@azure-rest/ai-inference', '@azure/ai-projects'],
    jvm: ['com.azure.ai.openai', 'com.azure.ai.inference'], go: ['github.com/Azure/azure-sdk-for-go/sdk/ai'],
    dotnet: ['Azure.AI.OpenAI', 'Azure.AI.Inference'],
    pypi: ['azure-ai-inference', 'azure-ai-projects'], maven: ['com.azure:azure-ai-openai', 'com.azure:azure-ai-inference'],
    nuget: ['Azure.AI.OpenAI', 'Azure.AI.Inference'], calls: OPENAI_CALLS,
  },
  {
    family: 'Anthropic', provider: 'anthropic', kind: 'llm-app', vendor: true,
    python: ['anthropic'], npm: ['@anthropic-ai/*'], jvm: ['com.anthropic'],
    go: ['github.com/anthropics/anthropic-sdk-go', 'github.com/liushuangls/go-anthropic'],
    dotnet: ['Anthropic'], crates: ['anthropic', 'anthropic-sdk', 'misanthropy'],
    pypi: ['anthropic'], maven: ['com.anthropic'], nuget: ['Anthropic', 'Anthropic.SDK'], calls: ANTHROPIC_CALLS,
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
    family: 'Vertex AI', provider: 'google', kind: 'llm-app', vendor: true,
    python: ['vertexai', 'google.cloud.aiplatform', 'google.cloud.aiplatform_v1'], npm: ['@google-cloud/vertexai', '@google-cloud/aiplatform'],
    jvm: ['com.google.cloud.vertexai', 'com.google.cloud.aiplatform'], go: ['cloud.google.com/go/vertexai', 'cloud.google.com/go/aiplatform'],
    dotnet: ['Google.Cloud.AIPlatform'], pypi: ['vertexai', 'google-cloud-aiplatform'],
    maven: ['com.google.cloud:google-cloud-vertexai', 'com.google.cloud:google-cloud-aiplatform'], nuget: ['Google.Cloud.AIPlatform.V1'],
    calls: GEMINI_CALLS,
  },
  {
    family: 'AWS Bedrock', provider: 'aws-bedrock', kind: 'llm-app', vendor: true,
    npm: ['@aws-sdk/client-bedrock-runtime', '@aws-sdk/client-bedrock-agent-runtime', '@aws-sdk/client-bedrock'],
    jvm: ['software.amazon.awssdk.services.bedrockruntime', 'software.amazon.awssdk.services.bedrockagentruntime', 'com.amazonaws.services.bedrockruntime'],
    go: ['github.com/aws/aws-sdk-go-v2/service/bedrockruntime', 'github.com/aws/aws-sdk-go-v2/service/bedrockagentruntime'],
    dotnet: ['Amazon.BedrockRuntime', 'Amazon.BedrockAgentRuntime'], crates: ['aws-sdk-bedrockruntime'],
    maven: ['software.amazon.awssdk:bedrockruntime', 'software.amazon.awssdk:bedrockagentruntime', 'com.amazonaws:aws-java-sdk-bedrockruntime'],
    nuget: ['AWSSDK.BedrockRuntime', 'AWSSDK.BedrockAgentRuntime'], calls: BEDROCK_CALLS,
  },
  {
    // boto3 is the whole AWS SDK: only a Bedrock client or call makes it AI use.
    family: 'AWS Bedrock', provider: 'aws-bedrock', kind: 'llm-app', vendor: true, needsCall: true,
    python: ['boto3', 'aioboto3'], calls: ['invoke_model', 'invoke_model_with_response_stream', 'converse', 'converse_stream', 'invoke_agent', 'retrieve_and_generate'],
    serviceStrings: ['bedrock-runtime', 'bedrock-agent-runtime', 'bedrock'],
  },
  { family: 'Mistral', provider: 'mistral', kind: 'llm-app', vendor: true, python: ['mistralai'], npm: ['@mistralai/mistralai'], dotnet: ['Mistral.SDK'], crates: ['mistralai-client'], pypi: ['mistralai'], nuget: ['Mistral.SDK'], calls: ['chat.complete', 'chat.stream'] },
  { family: 'Cohere', provider: 'cohere', kind: 'llm-app', vendor: true, python: ['cohere'], npm: ['cohere-ai'], go: ['github.com/cohere-ai/cohere-go'], pypi: ['cohere'], calls: ['.chat(', '.embed(', '.rerank('] },
  { family: 'Groq', provider: 'groq', kind: 'llm-app', vendor: true, python: ['groq'], npm: ['groq-sdk'], pypi: ['groq'], calls: OPENAI_CALLS },
  {
    family: 'Ollama', provider: 'ollama', kind: 'llm-app', vendor: true,
    python: ['ollama'], npm: ['ollama'], jvm: ['io.github.ollama4j'], go: ['github.com/ollama/ollama'], dotnet: ['OllamaSharp'],
    crates: ['ollama-rs'], pypi: ['ollama'], maven: ['io.github.ollama4j'], nuget: ['OllamaSharp'], calls: ['ollama.chat', 'ollama.generate', '.chat(', '.generate('],
  },
  { family: 'Replicate', provider: 'replicate', kind: 'llm-app', vendor: true, python: ['replicate'], npm: ['replicate'], pypi: ['replicate'], calls: ['replicate.run', '.run('] },
  { family: 'Together AI', provider: 'together', kind: 'llm-app', vendor: true, python: ['together'], npm: ['together-ai'], pypi: ['together'], calls: OPENAI_CALLS },
  { family: 'Hugging Face Inference', provider: 'huggingface', kind: 'llm-app', vendor: true, npm: ['@huggingface/inference'], calls: HF_CALLS },

  // ---- orchestration and agents ------------------------------------------------------------
  {
    family: 'LangChain', provider: 'langchain', kind: 'llm-app', integrations: true,
    python: ['langchain', 'langchain_*', 'langgraph'], npm: ['langchain', '@langchain/*'], jvm: ['dev.langchain4j'],
    go: ['github.com/tmc/langchaingo'], dotnet: ['LangChain'], crates: ['langchain-rust'],
    pypi: ['langchain', 'langchain-*', 'langgraph'], maven: ['dev.langchain4j'], nuget: ['LangChain'], calls: LANGCHAIN_CALLS,
  },
  {
    family: 'LlamaIndex', provider: 'llamaindex', kind: 'llm-app', integrations: true,
    python: ['llama_index'], npm: ['llamaindex', '@llamaindex/*'], pypi: ['llama-index', 'llama-index-*'], calls: ['as_query_engine', 'VectorStoreIndex'],
  },
  {
    family: 'Semantic Kernel', provider: 'semantic-kernel', kind: 'llm-app', integrations: true,
    python: ['semantic_kernel'], jvm: ['com.microsoft.semantickernel'], dotnet: ['Microsoft.SemanticKernel'],
    pypi: ['semantic-kernel'], maven: ['com.microsoft.semantic-kernel'], nuget: ['Microsoft.SemanticKernel'],
  },
  { family: 'Microsoft.Extensions.AI', provider: 'microsoft-extensions-ai', kind: 'llm-app', integrations: true, dotnet: ['Microsoft.Extensions.AI'], nuget: ['Microsoft.Extensions.AI'] },
  { family: 'Spring AI', provider: 'spring-ai', kind: 'llm-app', integrations: true, jvm: ['org.springframework.ai'], maven: ['org.springframework.ai'] },
  { family: 'Vercel AI SDK', provider: 'vercel-ai', kind: 'llm-app', integrations: true, npm: ['ai', '@ai-sdk/*'], calls: ['generateText', 'streamText', 'generateObject'] },
  { family: 'Genkit', provider: 'genkit', kind: 'llm-app', integrations: true, npm: ['genkit', '@genkit-ai/*'], go: ['github.com/firebase/genkit/go'] },
  { family: 'LiteLLM', provider: 'litellm', kind: 'llm-app', python: ['litellm'], pypi: ['litellm'], calls: ['completion(', 'acompletion('] },
  { family: 'Haystack', provider: 'haystack', kind: 'llm-app', integrations: true, python: ['haystack', 'haystack_integrations'], pypi: ['haystack-ai', 'farm-haystack'] },
  { family: 'DSPy', provider: 'dspy', kind: 'llm-app', python: ['dspy'], pypi: ['dspy', 'dspy-ai'] },
  { family: 'Instructor', provider: 'instructor', kind: 'llm-app', python: ['instructor'], pypi: ['instructor'] },
  { family: 'Rig', provider: 'rig', kind: 'llm-app', integrations: true, confidence: 'medium', crates: ['rig-core'] },
  { family: 'genai (Rust)', provider: 'genai', kind: 'llm-app', confidence: 'medium', crates: ['genai'] },
  { family: 'Eino', provider: 'eino', kind: 'llm-app', integrations: true, go: ['github.com/cloudwego/eino'] },
  {
    family: 'Model Context Protocol', provider: 'mcp', kind: 'agent', confidence: 'medium',
    python: ['mcp', 'fastmcp'], npm: ['@modelcontextprotocol/*'], jvm: ['io.modelcontextprotocol'],
    go: ['github.com/mark3labs/mcp-go', 'github.com/modelcontextprotocol/go-sdk'], dotnet: ['ModelContextProtocol'], crates: ['rmcp'],
    pypi: ['mcp', 'fastmcp'], maven: ['io.modelcontextprotocol'], nuget: ['ModelContextProtocol'],
  },
  { family: 'AutoGen', provider: 'autogen', kind: 'agent', integrations: true, python: ['autogen', 'autogen_agentchat', 'autogen_core', 'autogen_ext'], pypi: ['autogen', 'pyautogen', 'autogen-agentchat', 'autogen-core', 'autogen-ext', 'ag2'] },
  { family: 'CrewAI', provider: 'crewai', kind: 'agent', python: ['crewai'], pypi: ['crewai'] },
  { family: 'smolagents', provider: 'huggingface', kind: 'agent', python: ['smolagents'], pypi: ['smolagents'] },
  { family: 'Pydantic AI', provider: 'pydantic-ai', kind: 'agent', integrations: true, python: ['pydantic_ai'], pypi: ['pydantic-ai', 'pydantic-ai-slim'] },
  { family: 'Microsoft Agent Framework', provider: 'microsoft-agents', kind: 'agent', dotnet: ['Microsoft.Agents.AI'], nuget: ['Microsoft.Agents.AI'] },
  { family: 'Mastra', provider: 'mastra', kind: 'agent', npm: ['@mastra/*'] },

  // ---- Hugging Face and local inference ----------------------------------------------------
  {
    family: 'Hugging Face', provider: 'huggingface', kind: 'model',
    python: ['transformers', 'huggingface_hub', 'diffusers', 'sentence_transformers', 'peft', 'trl', 'accelerate', 'timm'],
    npm: ['@huggingface/transformers', '@xenova/transformers', '@huggingface/hub'], jvm: ['ai.djl.huggingface'], crates: ['hf-hub', 'rust-bert'],
    pypi: ['transformers', 'huggingface-hub', 'diffusers', 'sentence-transformers', 'peft', 'trl', 'accelerate', 'timm'], maven: ['ai.djl.huggingface'],
    calls: HF_CALLS,
  },
  { family: 'vLLM', provider: 'vllm', kind: 'model', python: ['vllm'], pypi: ['vllm'] },
  { family: 'llama.cpp', provider: 'llama-cpp', kind: 'model', python: ['llama_cpp'], npm: ['node-llama-cpp'], dotnet: ['LLama'], crates: ['llama-cpp-2', 'llama_cpp'], pypi: ['llama-cpp-python'], nuget: ['LLamaSharp'] },
  { family: 'WebLLM', provider: 'mlc-ai', kind: 'model', npm: ['@mlc-ai/web-llm'] },
  { family: 'Ultralytics', provider: 'ultralytics', kind: 'model', python: ['ultralytics'], pypi: ['ultralytics'] },

  // ---- ML frameworks -----------------------------------------------------------------------
  {
    family: 'PyTorch', provider: 'pytorch', kind: 'model',
    python: ['torch', 'torchvision', 'torchaudio', 'pytorch_lightning', 'lightning', 'deepspeed'], jvm: ['org.pytorch'],
    dotnet: ['TorchSharp'], crates: ['tch'],
    pypi: ['torch', 'pytorch', 'torchvision', 'torchaudio', 'pytorch-lightning', 'lightning', 'deepspeed'], maven: ['org.pytorch'], nuget: ['TorchSharp'],
  },
  {
    family: 'TensorFlow', provider: 'tensorflow', kind: 'model',
    python: ['tensorflow', 'tf_keras', 'tflite_runtime'], npm: ['@tensorflow/*'], jvm: ['org.tensorflow'], dotnet: ['Tensorflow'],
    pypi: ['tensorflow', 'tensorflow-cpu', 'tensorflow-gpu', 'tensorflow-macos', 'tf-keras', 'tflite-runtime'], maven: ['org.tensorflow'],
    nuget: ['TensorFlow.NET', 'SciSharp.TensorFlow.Redist'],
  },
  { family: 'Keras', provider: 'keras', kind: 'model', python: ['keras'], pypi: ['keras'] },
  { family: 'scikit-learn', provider: 'scikit-learn', kind: 'model', python: ['sklearn'], pypi: ['scikit-learn', 'sklearn'] },
  { family: 'JAX', provider: 'jax', kind: 'model', python: ['jax', 'flax', 'optax'], pypi: ['jax', 'flax', 'optax'] },
  { family: 'XGBoost', provider: 'xgboost', kind: 'model', python: ['xgboost'], pypi: ['xgboost'] },
  { family: 'LightGBM', provider: 'lightgbm', kind: 'model', python: ['lightgbm'], pypi: ['lightgbm'] },
  { family: 'CatBoost', provider: 'catboost', kind: 'model', python: ['catboost'], pypi: ['catboost'] },
  { family: 'MXNet', provider: 'mxnet', kind: 'model', python: ['mxnet'], pypi: ['mxnet'] },
  { family: 'fastai', provider: 'fastai', kind: 'model', python: ['fastai'], pypi: ['fastai'] },
  { family: 'spaCy', provider: 'spacy', kind: 'model', python: ['spacy'], pypi: ['spacy'] },
  {
    family: 'ONNX Runtime', provider: 'onnx', kind: 'model',
    python: ['onnxruntime', 'onnx'], npm: ['onnxruntime-*'], jvm: ['ai.onnxruntime'], go: ['github.com/yalue/onnxruntime_go'],
    dotnet: ['Microsoft.ML.OnnxRuntime'], crates: ['ort', 'tract-onnx'],
    pypi: ['onnxruntime', 'onnxruntime-gpu', 'onnx'], maven: ['com.microsoft.onnxruntime'], nuget: ['Microsoft.ML.OnnxRuntime'],
  },
  { family: 'Deep Java Library', provider: 'djl', kind: 'model', jvm: ['ai.djl'], maven: ['ai.djl'] },
  { family: 'Deeplearning4j', provider: 'deeplearning4j', kind: 'model', jvm: ['org.deeplearning4j'], maven: ['org.deeplearning4j'] },
  { family: 'ML Kit', provider: 'google-mlkit', kind: 'model', jvm: ['com.google.mlkit'], maven: ['com.google.mlkit'] },
  { family: 'ML.NET', provider: 'ml-net', kind: 'model', dotnet: ['Microsoft.ML'], nuget: ['Microsoft.ML'] },
  { family: 'Candle', provider: 'candle', kind: 'model', crates: ['candle-core', 'candle-nn', 'candle-transformers'] },
  { family: 'Burn', provider: 'burn', kind: 'model', confidence: 'medium', crates: ['burn'] },
  { family: 'linfa', provider: 'linfa', kind: 'model', crates: ['linfa', 'smartcore'] },
  { family: 'Gorgonia', provider: 'gorgonia', kind: 'model', go: ['gorgonia.org/gorgonia'] },
  { family: 'MediaPipe', provider: 'mediapipe', kind: 'model', python: ['mediapipe'], npm: ['@mediapipe/*'], pypi: ['mediapipe'] },
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
  ['aws', 'aws-bedrock'],
  ['mistral', 'mistral'],
  ['cohere', 'cohere'],
  ['groq', 'groq'],
  ['ollama', 'ollama'],
  ['huggingface', 'huggingface'],
];

/** Names that count as mentioning a provider in a component (AIGOV303), compared without `-_. `. */
export const PROVIDER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  openai: ['openai', 'gpt', 'azure'],
  'azure-openai': ['azure', 'openai', 'microsoft'],
  anthropic: ['anthropic', 'claude'],
  google: ['google', 'gemini', 'vertex', 'gcp'],
  'aws-bedrock': ['bedrock', 'aws', 'amazon'],
  mistral: ['mistral', 'mixtral'],
  cohere: ['cohere'],
  groq: ['groq'],
  ollama: ['ollama'],
  replicate: ['replicate'],
  together: ['together'],
  huggingface: ['huggingface', 'hf'],
};

/** Vendors whose provider names a model vendor (used for derived providers of integrations). */
export const VENDOR_PROVIDERS: ReadonlySet<string> = new Set(Object.keys(PROVIDER_ALIASES));
