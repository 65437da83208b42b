package cohere

import (
	api "github.com/cohere-ai/cohere-go/v2"
	"github.com/cohere-ai/cohere-go/v2/client"
	"github.com/cohere-ai/cohere-go/v2/option"
)

var _ = api.ChatRequest{}
var _ = client.NewClient
var _ = option.WithToken
