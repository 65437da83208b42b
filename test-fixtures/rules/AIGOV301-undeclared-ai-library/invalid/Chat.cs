using System;
using Azure.AI.OpenAI;
//    ^^^^^^^^^^^^^^^ AIGOV301
