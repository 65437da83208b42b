import boto3

# Costs per service, from the bill.
SERVICES = {"bedrock": 0.0, "s3": 1.2}
LOG = "calling bedrock-runtime next"
s3 = boto3.client("s3")


def converse(history):
    return history.converse()
