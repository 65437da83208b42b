package main

import "github.com/openai/openai-go"
import "github.com/openai/openai-go/option"

var _ = option.WithAPIKey
var c = openai.NewClient()
