package main

import (
	"context"
	"fmt"

	openai "github.com/sashabaranov/go-openai"
)

func main() { fmt.Println(context.Background(), openai.GPT4o) }
