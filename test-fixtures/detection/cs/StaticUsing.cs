using static Tensorflow.Binding;
