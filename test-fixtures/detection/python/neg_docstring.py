"""Helpers.

Example:
    import torch
    from openai import OpenAI
"""
SNIPPET = 'from openai import OpenAI'
OTHER = """
import anthropic
"""
