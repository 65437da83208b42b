package sagemaker

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/sagemakerruntime"
)

func client() *sagemakerruntime.SageMakerRuntime {
	sess := session.Must(session.NewSession(&aws.Config{}))
	return sagemakerruntime.New(sess)
}
