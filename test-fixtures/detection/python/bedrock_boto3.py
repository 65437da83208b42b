import json

import boto3

runtime = boto3.client("bedrock-runtime", region_name="us-east-1")
out = runtime.invoke_model(modelId="anthropic.claude-v2", body=json.dumps({}))
