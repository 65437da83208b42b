import openai

print(openai.complete("x"))
