import torch
import torch.nn as nn
from torch.utils.data import DataLoader


class Net(nn.Module):
    pass
