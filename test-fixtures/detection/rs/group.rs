use {ollama_rs::Ollama, serde::Deserialize};
