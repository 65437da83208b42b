package com.example

import com.anthropic.client.okhttp.AnthropicOkHttpClient as Client

val c = Client.fromEnv()
