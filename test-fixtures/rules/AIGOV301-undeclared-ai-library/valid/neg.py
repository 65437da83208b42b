# import openai
"""from anthropic import Anthropic"""
import openaiish
from . import torch
s = "import transformers"
