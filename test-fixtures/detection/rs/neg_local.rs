mod openai;
use openai::Client;
use crate::anthropic::Messages;
use self::tch::Tensor;
