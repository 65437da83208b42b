"""Summaries for the weekly report."""
import openai


def summarize(text: str) -> str:
    client = openai.OpenAI()
    return client.responses.create(model="gpt-4o-mini", input=text).output_text
