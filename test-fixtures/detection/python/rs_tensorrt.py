import numpy as np
import tensorrt as trt

logger = trt.Logger(trt.Logger.WARNING)
