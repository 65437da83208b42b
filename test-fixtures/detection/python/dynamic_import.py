import importlib

groq = importlib.import_module("groq")
