package oci

import (
	"github.com/oracle/oci-go-sdk/v65/common"
	"github.com/oracle/oci-go-sdk/v65/generativeai"
	"github.com/oracle/oci-go-sdk/v65/generativeaiinference"
)

var _ = common.String
var _ = generativeai.NewGenerativeAiClientWithConfigurationProvider
var _ = generativeaiinference.NewGenerativeAiInferenceClientWithConfigurationProvider
