package main

import "fmt"

func main() {
	url := "https://github.com/sashabaranov/go-openai"
	pkg := `github.com/ollama/ollama/api`
	fmt.Println(url, pkg)
}
