from openai import OpenAI

client = OpenAI()
reply = client.chat.completions.create(model="gpt-4o-mini", messages=[])
print(reply.choices[0].message.content)
