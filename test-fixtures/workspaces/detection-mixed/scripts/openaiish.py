import openaiish
import torchlight
