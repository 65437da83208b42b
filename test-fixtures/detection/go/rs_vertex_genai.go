package vertex

import (
	"cloud.google.com/go/vertexai/genai"
	"google.golang.org/api/option"
)

var _ = genai.NewClient
var _ = option.WithAPIKey
