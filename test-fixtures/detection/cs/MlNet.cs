using Microsoft.ML;
using Microsoft.ML.OnnxRuntime;
