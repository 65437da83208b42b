from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai import OpenAI
