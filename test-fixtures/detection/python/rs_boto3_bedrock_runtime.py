import json
import boto3

bedrock = boto3.client(service_name="bedrock-runtime", region_name="us-east-1")
body = json.dumps({"prompt": "hi"})
resp = bedrock.invoke_model(modelId="amazon.titan-text-lite-v1", body=body)
