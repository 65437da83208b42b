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
 *
 * Formats with a signature are also recognised by their bytes where the name says nothing
 * (`.bin`, `.dat`, `.zip`, …; see `sniffCandidate`): GGUF and the GGML family (`ggml`, `ggmf`,
 * `ggjt`, `ggla`), TFLite's `TFL3` identifier, a safetensors header, an ONNX `ModelProto`, and a
 * zip archive written by PyTorch (TorchScript's `code/` folder, or `data.pkl`).
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
  '.jit': { format: 'torchscript', confidence: 'high' },
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

export function detectArtefactAt(path: string, format?: Format): Detection | undefined {
  const f = format ?? artefactFormat(path);
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

// ---- formats by their bytes --------------------------------------------------------------------

/** Bytes read from the start of a file to recognise a model format. */
export const SNIFF_HEAD = 64;
/** Bytes read from the end: a zip archive's central directory (its names) sits there. */
export const SNIFF_TAIL = 64 * 1024;

/**
 * Extensions under which a model is saved without a format of its own (`ggml-base.bin`,
 * `for-tests-ggml-tiny.bin`, `model.dat`, a TorchScript `.zip`): their content says what they are.
 */
const SNIFF_EXTENSIONS: ReadonlySet<string> = new Set(['.bin', '.dat', '.model', '.weights', '.zip', '.params', '.blob']);

/** Whether a file not recognised by name should have its first and last bytes looked at. */
export function sniffCandidate(path: string): boolean {
  const ext = extname(path);
  if (!SNIFF_EXTENSIONS.has(ext)) return false;
  const f = artefactFormat(path);
  return f === undefined || f.confidence !== 'high';
}

/** The first and last bytes of a file, and its size. */
export interface FileSample {
  head: Uint8Array;
  /** The last bytes (the whole file when it is short); may overlap `head`. */
  tail: Uint8Array;
  size: number;
}

/** Little-endian magic numbers of the GGML family, as bytes at offset 0. */
const GGML_MAGICS: readonly (readonly [string, string])[] = [
  ['GGUF', 'gguf'],
  ['lmgg', 'ggml'], // 0x67676d6c 'ggml', unversioned
  ['fmgg', 'ggml'], // 'ggmf'
  ['tjgg', 'ggml'], // 'ggjt'
  ['algg', 'ggml'], // 'ggla' LoRA adapter
];

/** The model format the bytes show, or undefined. Never throws. */
export function formatOfBytes(sample: FileSample): Format | undefined {
  const { head, size } = sample;
  const ascii = (from: number, to: number): string => String.fromCharCode(...head.subarray(from, Math.min(to, head.length)));
  const magic = ascii(0, 4);
  for (const [m, format] of GGML_MAGICS) if (magic === m) return { format, confidence: 'high' };
  if (head.length >= 8 && ascii(4, 8) === 'TFL3') return { format: 'tflite', confidence: 'high' };
  if (isSafetensors(head, size)) return { format: 'safetensors', confidence: 'high' };
  if (magic === 'PK\u0003\u0004') return zipModel(sample);
  if (isOnnx(head, size)) return { format: 'onnx', confidence: 'high' };
  return undefined;
}

/** An 8-byte little-endian header length that fits the file, then the header's JSON object. */
function isSafetensors(head: Uint8Array, size: number): boolean {
  if (head.length < 10) return false;
  let n = 0;
  for (let i = 7; i >= 0; i--) n = n * 256 + (head[i] ?? 0);
  if (n < 2 || 8 + n > size || head[8] !== 0x7b /* { */) return false;
  const start = String.fromCharCode(...head.subarray(8));
  return /^\{\s*"/.test(start);
}

/**
 * An ONNX `ModelProto`: field 1 (`ir_version`, a small varint) first, then only fields of
 * `ModelProto` with their wire types, lengths inside the file, until the sample ends.
 */
function isOnnx(head: Uint8Array, size: number): boolean {
  if (head[0] !== 0x08 || (head[1] ?? 0) < 1 || (head[1] ?? 0) > 30) return false;
  // Field number → wire type of ModelProto (onnx.proto): 2-6 strings/ints, 7 graph, 8 opsets, 14 metadata, 20 training, 25 functions.
  const wire: Record<number, number> = { 2: 2, 3: 2, 4: 2, 5: 0, 6: 2, 7: 2, 8: 2, 14: 2, 20: 2, 25: 2 };
  let i = 2;
  let fields = 0;
  while (i < head.length) {
    const tag = head[i] ?? 0;
    if (tag >= 0x80) break; // a field number above 15: stop judging here
    const field = tag >> 3;
    if (wire[field] !== (tag & 7)) return false;
    i++;
    let value = 0;
    let shift = 1;
    let k = 0;
    while (i < head.length && k < 10) {
      const b = head[i++] ?? 0;
      value += (b & 0x7f) * shift;
      shift *= 128;
      k++;
      if (b < 0x80) break;
    }
    fields++;
    if ((tag & 7) === 2) {
      if (value > size) return false;
      if (field === 7 || field === 8) return true;
      i += value;
    }
  }
  return fields >= 1 && i >= head.length;
}

/**
 * A zip archive saved by PyTorch: TorchScript (`<name>/code/…` beside `constants.pkl`) or
 * `torch.save` (`<name>/data.pkl` with `<name>/data/…`). Judged from the names in its central
 * directory, found through the end-of-central-directory record in the sample's tail.
 */
function zipModel(sample: FileSample): Format | undefined {
  const names = zipNames(sample.tail, sample.size);
  let code = false;
  let data = false;
  for (const n of names) {
    const slash = n.indexOf('/');
    const rest = slash < 0 ? n : n.slice(slash + 1);
    if (rest.startsWith('code/__torch__/') || rest === 'constants.pkl') code = true;
    if (rest === 'data.pkl') data = true;
  }
  if (code) return { format: 'torchscript', confidence: 'high' };
  if (data) return { format: 'pytorch', confidence: 'high' };
  return undefined;
}

/** File names of a zip's central directory entries that lie in `tail` (the file's last bytes). */
function zipNames(tail: Uint8Array, size: number): string[] {
  const base = size - tail.length;
  // The end-of-central-directory record: signature PK\5\6, at least 22 bytes from the end.
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0 && i >= tail.length - 22 - 65535; i--) {
    if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const u16 = (at: number): number => (tail[at] ?? 0) | ((tail[at + 1] ?? 0) << 8);
  const u32 = (at: number): number => (u16(at) + u16(at + 2) * 65536);
  let entries = u16(eocd + 10);
  let offset = u32(eocd + 16) - base;
  // ZIP64: the counts and offset sit in the ZIP64 record; read the entries from the tail's start.
  if (offset < 0 || entries === 0xffff) {
    // The directory starts before the tail (or sits in a ZIP64 record): from its first entry in the tail.
    entries = Number.MAX_SAFE_INTEGER;
    offset = 0;
    while (offset + 4 <= eocd && !(tail[offset] === 0x50 && tail[offset + 1] === 0x4b && tail[offset + 2] === 0x01 && tail[offset + 3] === 0x02)) offset++;
  }
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  while (names.length < entries && names.length < 100_000 && offset + 46 <= eocd) {
    if (tail[offset] !== 0x50 || tail[offset + 1] !== 0x4b || tail[offset + 2] !== 0x01 || tail[offset + 3] !== 0x02) break;
    const nameLength = u16(offset + 28);
    const extra = u16(offset + 30);
    const comment = u16(offset + 32);
    names.push(decoder.decode(tail.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extra + comment;
  }
  return names;
}
