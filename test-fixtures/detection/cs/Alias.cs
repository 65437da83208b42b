using Sk = Microsoft.SemanticKernel;

namespace Example;
