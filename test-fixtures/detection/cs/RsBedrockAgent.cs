using Amazon;
using Amazon.BedrockAgentRuntime;
using Amazon.BedrockAgentRuntime.Model;

var client = new AmazonBedrockAgentRuntimeClient(RegionEndpoint.USEast1);
