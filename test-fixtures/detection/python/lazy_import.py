def chat(prompt):
    try:
        import ollama
    except ImportError:
        return None
    return ollama.chat(model="llama3", messages=[{"role": "user", "content": prompt}])
