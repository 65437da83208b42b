import boto3

table = boto3.resource("dynamodb").Table("users")
