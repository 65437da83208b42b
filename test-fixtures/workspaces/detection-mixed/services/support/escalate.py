"""Escalation summaries."""
import anthropic

client = anthropic.Anthropic()
