from ._client import OpenAI
