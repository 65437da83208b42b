// use async_openai::Client;
/* extern crate tch; */
/// use ort::Session;
fn main() {
    let s = "use candle_core::Tensor;";
    println!("{}", s);
}
