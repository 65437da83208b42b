using A2A;
using A2A.AspNetCore;

var card = new AgentCard { Name = "echo" };
