package bedrock

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/bedrock"
	"github.com/aws/aws-sdk-go-v2/service/bedrock/types"
)

func models(ctx context.Context) ([]types.FoundationModelSummary, error) {
	cfg, _ := config.LoadDefaultConfig(ctx)
	out, err := bedrock.NewFromConfig(cfg).ListFoundationModels(ctx, nil)
	return out.ModelSummaries, err
}
