package main

// import "github.com/sashabaranov/go-openai"
/*
	"github.com/ollama/ollama/api"
*/
import "fmt"

func main() { fmt.Println("x") }
