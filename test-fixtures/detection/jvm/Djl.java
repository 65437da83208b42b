import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;

class Djl {}
