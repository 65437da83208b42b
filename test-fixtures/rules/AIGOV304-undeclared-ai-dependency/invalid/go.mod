module example.com/app

require (
	github.com/anthropics/anthropic-sdk-go v0.2.0
//@expect 4:2-4:40 AIGOV304
	github.com/tmc/langchaingo v0.1.10 // indirect
)
