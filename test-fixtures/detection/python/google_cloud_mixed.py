from google.cloud import storage, aiplatform
import google.cloud.storage
import azure.storage.blob
