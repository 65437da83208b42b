"""Chat completion through a local Ollama server."""
from typing import Any

from ollama import AsyncClient

from ...base import ChatBase


class OllamaChat(ChatBase):
    def __init__(self, host: str | None = None) -> None:
        self.client = AsyncClient(host=host)
