using Microsoft.ML.OnnxRuntimeGenAI;

using var model = new Model("phi-3");
