using System;

namespace Acme.OpenAI.Tools;

public class Formatter { public string Name => "Azure.AI.OpenAI"; }
