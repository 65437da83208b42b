# import openai
# from anthropic import Anthropic
import json  # not: import torch

def f():
    pass  # from transformers import pipeline
