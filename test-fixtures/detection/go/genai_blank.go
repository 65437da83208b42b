package main

import (
	"google.golang.org/genai"
	_ "github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
)
