use async_openai::Client;
//  ^^^^^^^^^^^^ AIGOV301
