#[cfg(feature = "llm")] use async_openai::Client;
