use async_openai::{types::CreateChatCompletionRequestArgs, Client};

fn main() {
    let _client = Client::new();
}
