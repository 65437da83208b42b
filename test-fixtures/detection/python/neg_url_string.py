import requests

DOCS = "https://python.langchain.com/docs/introduction/"
r = requests.get("https://api.openai.com/v1/models")
