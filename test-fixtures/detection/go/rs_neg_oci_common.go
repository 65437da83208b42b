package oci

import (
	"github.com/oracle/oci-go-sdk/v65/common"
	"github.com/oracle/oci-go-sdk/v65/objectstorage"
)

var _ = common.String
var _ = objectstorage.NewObjectStorageClientWithConfigurationProvider
