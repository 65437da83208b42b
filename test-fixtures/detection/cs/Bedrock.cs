using Amazon.BedrockRuntime;
using Amazon.BedrockRuntime.Model;
