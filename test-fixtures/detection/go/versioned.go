package main

import (
	oai "github.com/openai/openai-go/v2"
)

var _ = oai.NewClient
