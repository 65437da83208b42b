import oci
from oci.object_storage import ObjectStorageClient
