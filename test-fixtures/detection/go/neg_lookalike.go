package main

import (
	"github.com/sashabaranov/go-openai-mock"
	"github.com/example/openai"
	"google.golang.org/genaix"
)
