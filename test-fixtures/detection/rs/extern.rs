extern crate tch;

fn main() {}
