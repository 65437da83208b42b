fn main() {
    let client = async_openai::Client::new();
    drop(client);
}
