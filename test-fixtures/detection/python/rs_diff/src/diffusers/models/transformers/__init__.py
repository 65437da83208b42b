from .transformer_2d import Transformer2DModel
