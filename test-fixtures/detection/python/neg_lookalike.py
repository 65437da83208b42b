import openaiish
import torchlight
from transformers_utils import tokenize
import langchainx
from sklearnex import patch_sklearn
