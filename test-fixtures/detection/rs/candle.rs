use candle_core::{Device, Tensor};
use candle_nn::Linear;
