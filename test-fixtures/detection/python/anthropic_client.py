#!/usr/bin/env python3
"""Summarise support tickets."""
import anthropic

client = anthropic.Anthropic()
msg = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=256, messages=[])
