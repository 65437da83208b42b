using System;
using OpenAI.Chat;

var client = new ChatClient("gpt-4o", "key");
