import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

class Onnx {}
