import boto3

runtime = boto3.client("sagemaker-runtime")
runtime.invoke_endpoint(EndpointName="llm", Body=b"{}")
