use async_openai::Client;

fn main() {
    let _client = Client::new();
}
