package main

import (
	"fmt"

	"github.com/gomlx/go-huggingface/hub"
)

func main() { fmt.Println(hub.New("bert-base-uncased")) }
