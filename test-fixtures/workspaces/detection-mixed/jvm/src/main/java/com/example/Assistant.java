package com.example;

import java.util.List;
import dev.langchain4j.model.openai.OpenAiChatModel;

public class Assistant {
    OpenAiChatModel model = OpenAiChatModel.builder().build();
}
