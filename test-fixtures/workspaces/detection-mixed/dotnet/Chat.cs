using System;
using Azure.AI.OpenAI;

namespace Example;

public class Chat {}
