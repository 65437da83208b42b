import os, \
    cohere
from mistralai import (
    Mistral,
    UserMessage,
)
