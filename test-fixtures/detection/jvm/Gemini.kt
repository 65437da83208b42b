package com.example

import com.google.ai.client.generativeai.GenerativeModel

val model = GenerativeModel(modelName = "gemini-1.5-flash", apiKey = "k")
