// @aigov assistant
fn main() {}
