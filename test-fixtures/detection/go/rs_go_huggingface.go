package hf

import (
	"context"

	huggingface "github.com/hupe1980/go-huggingface"
)

func run(ctx context.Context) { _ = huggingface.NewInferenceClient("token") }
