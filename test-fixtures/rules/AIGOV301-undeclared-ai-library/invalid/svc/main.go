package main

import (
	"fmt"
	oa "github.com/sashabaranov/go-openai"
//@expect 5:6-5:39 AIGOV301
)

var _ = fmt.Sprint(oa.GPT4)
