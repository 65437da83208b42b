using Azure.AI.OpenAI;
using Azure.Identity;

namespace Example;
