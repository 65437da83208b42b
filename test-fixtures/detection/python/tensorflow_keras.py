import numpy as np
import tensorflow as tf
from tensorflow import keras
