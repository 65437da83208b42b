using Microsoft.Agents.CopilotStudio.Client;

namespace Demo;

public class Bot { CopilotClient? client; }
