// Package search re-ranks search results with embeddings.
package search

import (
	"context"

	openai "github.com/sashabaranov/go-openai"
)

// Embed returns the embedding of a query.
func Embed(ctx context.Context, c *openai.Client, q string) ([]float32, error) {
	resp, err := c.CreateEmbeddings(ctx, openai.EmbeddingRequest{Input: []string{q}, Model: openai.SmallEmbedding3})
	if err != nil {
		return nil, err
	}
	return resp.Data[0].Embedding, nil
}
