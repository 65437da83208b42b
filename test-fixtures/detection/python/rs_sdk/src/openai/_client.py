import openai
from openai import _models


class OpenAI:
    pass
