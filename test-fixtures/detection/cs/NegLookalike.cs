using OpenAIish;
using MyCompany.OpenAI;
using Microsoft.MLx;
using Azure.AI.OpenAIExtensions;
