/**
 * Model artefacts recognised by name, without reading them (SPEC §3, tier 3).
 *
 * Unambiguous formats (`.onnx .safetensors .gguf .tflite .mlmodel .keras .pt .pth …`) are high
 * confidence. Generic containers are judged by where they sit and what they are called:
 * - `.pb` is any protocol buffer: high only as a TensorFlow SavedModel (`saved_model.pb`, or inside
 *   a `saved_model` folder), medium for frozen graphs (`*graph*.pb`), otherwise low.
 * - `.pkl`/`.pickle` hold any Python object: medium when the name says model/classifier/…,
 *   otherwise low. `.joblib` is mostly scikit-learn estimators: medium.
 * - `.h5`/`.hdf5` are also plain data: high when the name says model/weights, otherwise low.
 * - `.bin` is only a model under the weight-file names of Hugging Face, PyTorch and GGML.
 * - `.npy`/`.npz` are arrays (data, embeddings, test vectors): never a model artefact here.
 * Low-confidence artefacts are recorded as evidence; AIGOV302 reports high and medium only.
 */
import { basename, dirname, extname } from '../paths.js';
import { ZERO_RANGE } from '../text/line-index.js';
import type { Confidence, Detection } from './types.js';

interface Format {
  format: string;
  confidence: Confidence;
}

const BY_EXTENSION: Readonly<Record<string, Format>> = {
  '.onnx': { format: 'onnx', confidence: 'high' },
  '.ort': { format: 'onnx', confidence: 'medium' },
  '.safetensors': { format: 'safetensors', confidence: 'high' },
  '.gguf': { format: 'gguf', confidence: 'high' },
  '.ggml': { format: 'ggml', confidence: 'high' },
  '.llamafile': { format: 'llamafile', confidence: 'high' },
  '.tflite': { format: 'tflite', confidence: 'high' },
  '.mlmodel': { format: 'coreml', confidence: 'high' },
  '.keras': { format: 'keras', confidence: 'high' },
  '.pt': { format: 'pytorch', confidence: 'high' },
  '.pth': { format: 'pytorch', confidence: 'high' },
  '.pte': { format: 'executorch', confidence: 'high' },
  '.ptl': { format: 'pytorch-lite', confidence: 'high' },
  '.torchscript': { format: 'torchscript', confidence: 'high' },
  '.mar': { format: 'torchserve', confidence: 'high' },
  '.ckpt': { format: 'checkpoint', confidence: 'high' },
  '.nemo': { format: 'nemo', confidence: 'high' },
  '.caffemodel': { format: 'caffe', confidence: 'high' },
  '.pdmodel': { format: 'paddle', confidence: 'high' },
  '.pdiparams': { format: 'paddle', confidence: 'high' },
  '.joblib': { format: 'joblib', confidence: 'medium' },
};

const MODEL_WORDS = /model|clf|classifier|regressor|estimator|pipeline|vectori[sz]er|encoder|weights|checkpoint|ckpt|net\b/i;
const WEIGHT_BIN = /^(?:pytorch_model|tf_model|flax_model|model|adapter_model|consolidated|diffusion_pytorch_model|ggml-[\w.-]+|[\w.-]+\.ggml)(?:[-.]\d+(?:-of-\d+)?)?\.bin$/i;
const PACKAGE_DIRS = /(?:^|\/)[^/]+\.(?:mlpackage|mlmodelc)(?:\/|$)/i;

/** The format and confidence of a model artefact, or undefined when the path is not one. */
export function artefactFormat(path: string): Format | undefined {
  const ext = extname(path);
  const base = basename(path);
  const known = BY_EXTENSION[ext];
  if (known) return known;
  if (PACKAGE_DIRS.test(dirname(path)) || ext === '.mlpackage') return { format: 'coreml', confidence: 'high' };
  switch (ext) {
    case '.pb': {
      const dir = `/${dirname(path)}/`;
      if (base.toLowerCase() === 'saved_model.pb' || dir.includes('/saved_model/') || dir.includes('/savedmodel/')) return { format: 'tensorflow', confidence: 'high' };
      return { format: 'tensorflow', confidence: /graph/i.test(base) ? 'medium' : 'low' };
    }
    case '.pkl':
    case '.pickle':
      return { format: 'pickle', confidence: MODEL_WORDS.test(base) ? 'medium' : 'low' };
    case '.h5':
    case '.hdf5':
      return { format: 'hdf5', confidence: MODEL_WORDS.test(base) ? 'high' : 'low' };
    case '.bin':
      return WEIGHT_BIN.test(base) ? { format: 'weights', confidence: 'medium' } : undefined;
    default:
      return undefined;
  }
}

export function detectArtefactAt(path: string): Detection | undefined {
  const f = artefactFormat(path);
  if (!f) return undefined;
  return {
    kind: 'artefact',
    library: f.format,
    provider: 'local-model',
    confidence: f.confidence,
    range: ZERO_RANGE,
    evidence: basename(path),
    family: `${f.format} model file`,
    componentKind: 'model',
    vendor: false,
  };
}
