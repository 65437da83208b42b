module example.com/app

go 1.22

require github.com/sashabaranov/go-openai v1.24.0

require (
	github.com/google/uuid v1.6.0
	github.com/tmc/langchaingo v0.1.10 // indirect
	github.com/anthropics/anthropic-sdk-go v0.2.0
)
