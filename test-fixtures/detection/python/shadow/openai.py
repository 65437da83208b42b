def complete(prompt):
    return prompt.upper()
