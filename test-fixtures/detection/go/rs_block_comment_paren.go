package chat

import (
	/* the standard library (fmt, strings) */ "fmt"
	/* ) */ oai "github.com/openai/openai-go"
)

var _ = fmt.Sprint
var _ = oai.NewClient
