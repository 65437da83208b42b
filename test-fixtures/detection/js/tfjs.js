import * as tf from '@tensorflow/tfjs-node';

const model = tf.sequential();
