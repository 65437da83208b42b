package ibm

import (
	wx "github.com/IBM/watsonx-go/pkg/models"
)

func New(key string) (*wx.Client, error) { return wx.NewClient(wx.WithWatsonxAPIKey(key)) }
