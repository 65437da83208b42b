from . import openai
from .anthropic import client
from ..torch import tensors
