import onnxruntime_genai as og

model = og.Model("phi-3-mini")
