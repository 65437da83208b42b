package main

import ( "fmt"; oa "github.com/sashabaranov/go-openai" )

var _ = fmt.Sprint(oa.GPT4)
