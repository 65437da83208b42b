import static dev.langchain4j.data.message.UserMessage.userMessage;

class StaticImport {}
