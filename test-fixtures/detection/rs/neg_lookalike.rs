use async_openai_ext::X;
use tchx::Y;
use my_crate::ort::Z;
