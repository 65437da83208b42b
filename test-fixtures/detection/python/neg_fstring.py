name = "openai"
line = f"import {name}"
print(f"from anthropic import {line}")
