from openai import OpenAI

client = OpenAI()


def draft(ticket: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": ticket}])
    return r.choices[0].message.content or ""
