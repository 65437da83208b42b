import boto3
from botocore.config import Config

session = boto3.Session(profile_name="dev")
agents = session.client(
    "bedrock-agent-runtime",
    config=Config(retries={"max_attempts": 3}),
)
