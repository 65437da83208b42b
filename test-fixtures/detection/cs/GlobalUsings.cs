global using System.Linq;
global using Microsoft.Extensions.AI;
