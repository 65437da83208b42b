package com.example

val s = """
import com.openai.client.OpenAIClient
"""
val t = "import dev.langchain4j.model.openai.OpenAiChatModel"
