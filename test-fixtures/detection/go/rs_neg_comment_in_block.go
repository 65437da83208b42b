package main

import (
	"fmt"
	// "github.com/sashabaranov/go-openai" (removed, see #12)
	/* "github.com/tmc/langchaingo/llms" */
)

func main() { fmt.Println(")", "github.com/openai/openai-go") }
