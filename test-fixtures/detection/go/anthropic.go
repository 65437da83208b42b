package main

import anthropic "github.com/anthropics/anthropic-sdk-go"

var client = anthropic.NewClient()
