"""Support chatbot: answers order questions with an LLM."""
from openai import OpenAI

from .policies import RETURN_POLICY

client = OpenAI()


def answer(question: str) -> str:
    # Keep answers short; the help page shows them inline.
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": RETURN_POLICY},
            {"role": "user", "content": question},
        ],
    )
    return response.choices[0].message.content or ""
