package com.example;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

public class OpenAiService {
    OpenAIClient client = OpenAIOkHttpClient.fromEnv();
}
