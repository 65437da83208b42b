/**
 * Small model files made here byte by byte, in the shapes real tools write them (headers only:
 * what aigov looks at), for the artefact tests.
 */
import { deflateRawSync } from 'node:zlib';

/** GGML family and GGUF files: the magic, then a few header bytes. */
export function ggml(magic: 'lmgg' | 'tjgg' | 'fmgg' | 'GGUF'): Uint8Array {
  return Buffer.concat([Buffer.from(magic, 'latin1'), Buffer.from([0x99, 0xca, 0, 0, 0xdc, 5, 0, 0, 0, 2, 0, 0]), Buffer.alloc(200)]);
}

/** A safetensors file: an 8-byte little-endian header length, the JSON header, the data. */
export function safetensors(): Uint8Array {
  const header = Buffer.from(JSON.stringify({ 'conv.weight': { dtype: 'F32', shape: [2, 2], data_offsets: [0, 16] } }));
  const len = Buffer.alloc(8);
  len.writeUInt32LE(header.length, 0);
  return Buffer.concat([len, header, Buffer.alloc(16)]);
}

/** An ONNX ModelProto: ir_version, producer_name, producer_version, then the graph. */
export function onnx(): Uint8Array {
  const producer = Buffer.from('pytorch');
  const version = Buffer.from('2.1.0');
  const graph = Buffer.concat([Buffer.from([0x0a, 3]), Buffer.from('abc'), Buffer.alloc(100)]);
  return Buffer.concat([Buffer.from([0x08, 0x08, 0x12, producer.length]), producer, Buffer.from([0x1a, version.length]), version, Buffer.from([0x3a, graph.length]), graph]);
}

/** A TensorFlow Lite flatbuffer: the root offset, then the `TFL3` identifier. */
export function tflite(): Uint8Array {
  return Buffer.concat([Buffer.from([0x1c, 0, 0, 0]), Buffer.from('TFL3'), Buffer.alloc(120)]);
}

/** A zip archive of the given entries (stored), as PyTorch writes one. */
export function zip(entries: Record<string, string | Uint8Array>, compress = false): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const raw = Buffer.from(content);
    const data = compress ? deflateRawSync(raw) : raw;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(compress ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(compress ? 8 : 0, 10);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(raw.length, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

/** A TorchScript archive (`torch.jit.save`): data, code/, constants.pkl, version. */
export function torchscript(padding = 0): Uint8Array {
  return zip({ 'model/data/0': Buffer.alloc(padding), 'model/data.pkl': 'x', 'model/code/__torch__/vad.py': 'def forward(self): ...', 'model/constants.pkl': 'c', 'model/version': '3' });
}
