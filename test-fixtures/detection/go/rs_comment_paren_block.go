// Package example shows a migration between two SDKs.
package main

import (
	"context"
	"fmt"

	// Old SDK imports (deprecated)
	oldclient "example.com/vectordb-sdk/v2/client"

	// LangChain Go packages
	"github.com/tmc/langchaingo/embeddings"
	"github.com/tmc/langchaingo/llms/openai"
)

var _ = context.TODO
var _ = fmt.Sprint
var _ = oldclient.New
var _ = embeddings.NewEmbedder
var _ = openai.New
