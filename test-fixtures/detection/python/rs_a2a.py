from a2a.server.apps import A2AStarletteApplication
from a2a.types import AgentCard
