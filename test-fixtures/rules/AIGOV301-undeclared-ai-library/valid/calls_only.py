client.chat.completions.create(model="gpt-4o")
