from .services.ollama_chat import OllamaChat
