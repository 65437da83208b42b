package org.example;

class Assistant {
    dev.langchain4j.model.chat.ChatModel model =
        dev.langchain4j.model.openai.OpenAiChatModel.builder().build();
}
