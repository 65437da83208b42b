// Replaced Microsoft.SemanticKernel.Kernel with our own.
public class K { string s = "Amazon.BedrockRuntime.Model"; }
