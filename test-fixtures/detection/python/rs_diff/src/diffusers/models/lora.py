import torch.nn.functional as F

from ..utils import logging
from transformers import CLIPTextModel, CLIPTextModelWithProjection


def text_encoder_attn_modules(text_encoder):
    return []
