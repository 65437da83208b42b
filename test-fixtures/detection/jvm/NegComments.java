package com.example;

// import com.openai.client.OpenAIClient;
/**
 * Uses com.anthropic.client internally. import dev.langchain4j.X;
 */
public class NegComments {
    String pkg = "com.openai.client";
}
