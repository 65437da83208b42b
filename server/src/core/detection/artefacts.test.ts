import { strict as assert } from 'node:assert';
import * as model from '../../../../test/support/model-bytes.js';
import { artefactFormat, detectArtefactAt, formatOfBytes, sniffCandidate } from './artefacts.js';

const byName = (p: string): string => {
  const a = artefactFormat(p);
  return a ? `${a.format}/${a.confidence}` : '-';
};

/** The format the bytes show, sampled as the engine does (64 bytes of head, 64 KiB of tail). */
const byBytes = (b: Uint8Array, size = b.length): string => {
  const r = formatOfBytes({ head: b.subarray(0, 64), tail: b.subarray(Math.max(0, b.length - 64 * 1024)), size });
  return r ? `${r.format}/${r.confidence}` : '-';
};

/** An 8-byte little-endian length. */
const le64 = (n: number): Buffer => {
  const b = Buffer.alloc(8);
  b.writeUInt32LE(n, 0);
  return b;
};

/** The offset of a zip's end-of-central-directory record (no archive comment). */
const eocdOf = (zip: Uint8Array): number => zip.length - 22;

describe('detection: model artefacts by name (unit)', () => {
  it('judges containers by their name and folder', () => {
    const cases: Record<string, string> = {
      'a/b.mlpackage': 'coreml/high',
      'x/Model.mlmodelc/coremldata.bin': 'coreml/high',
      'x/Model.mlpackagex/w.bin': '-',
      'exp/saved_model.pb': 'tensorflow/high',
      'SAVED_MODEL.PB': 'tensorflow/high',
      'exp/savedmodel/variables.pb': 'tensorflow/high',
      'saved_model/x.pb': 'tensorflow/high',
      'a/saved_modelx/y.pb': 'tensorflow/low',
      'frozen_Graph.pb': 'tensorflow/medium',
      'clf.pickle': 'pickle/medium',
      'cache.pickle': 'pickle/low',
      'net.pkl': 'pickle/medium',
      'model.h5': 'hdf5/high',
      'data.h5': 'hdf5/low',
      'weights.hdf5': 'hdf5/high',
      'data.hdf5': 'hdf5/low',
      'model.bin': 'weights/medium',
      'ggml-base.en.bin': 'weights/medium',
      'for-tests.ggml.bin': 'weights/medium',
      'consolidated.00.bin': 'weights/medium',
      'model.safetensors.bin': '-',
      'x.ort': 'onnx/medium',
      'a.joblib': 'joblib/medium',
      'graph.txt': '-',
    };
    for (const [p, f] of Object.entries(cases)) assert.equal(byName(p), f, p);
  });

  it('makes a local-model detection named after the file, in the format given or found', () => {
    assert.deepEqual(detectArtefactAt('m/x.onnx'), {
      kind: 'artefact',
      library: 'onnx',
      provider: 'local-model',
      confidence: 'high',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      evidence: 'x.onnx',
      family: 'onnx model file',
      componentKind: 'model',
      vendor: false,
    });
    assert.equal(detectArtefactAt('m/x.bin', { format: 'gguf', confidence: 'high' })?.family, 'gguf model file');
    assert.equal(detectArtefactAt('x.py'), undefined);
  });

  it('samples the bytes of generic extensions unless the name already says high', () => {
    for (const p of ['a.params', 'a.blob', 'a.model', 'pytorch_model.bin', 'saved_model/x.zip']) assert.ok(sniffCandidate(p), p);
    for (const p of ['ios/M.mlpackage/x.bin', 'a.pt', 'a.txt']) assert.ok(!sniffCandidate(p), p);
  });
});

describe('detection: model artefacts by their bytes (unit)', () => {
  it('GGML magics and TFLite need their whole signature', () => {
    assert.equal(byBytes(Buffer.from('algg')), 'ggml/high');
    assert.equal(byBytes(Buffer.from('\x1c\x00\x00\x00TFL3')), 'tflite/high');
    assert.equal(byBytes(Buffer.from('\x1c\x00\x00\x00TFL')), '-');
  });

  it('safetensors: a header length of at least 2 that fits the file, then a JSON object with a key', () => {
    const header = (json: string, n = Buffer.byteLength(json), pad = 0): Uint8Array => Buffer.concat([le64(n), Buffer.from(json), Buffer.alloc(pad)]);
    assert.equal(byBytes(header('{"a":1}')), 'safetensors/high');
    assert.equal(byBytes(header('{ \n "a": 1}', 20, 30)), 'safetensors/high');
    assert.equal(byBytes(header('{"a":1', 6)), 'safetensors/high', 'the header ends with the file');
    assert.equal(byBytes(header('{"a":1', 7)), '-', 'one byte past the end');
    assert.equal(byBytes(header('{"a":1}'), 10), '-', 'a size too small for the header');
    assert.equal(byBytes(header('{}', 2, 5)), '-');
    assert.equal(byBytes(header('{"a":1}', 1)), '-');
    assert.equal(byBytes(header('{a:1}', 20, 30)), '-');
    assert.equal(byBytes(header(' {"a":1}', 8)), '-');
    assert.equal(byBytes(header('{', 1)), '-', 'nine bytes are too few');
    // A length of more than one byte (real headers are longer than 255): the file must hold it.
    const long = `{"w":${JSON.stringify('x'.repeat(290))}}`;
    assert.equal(byBytes(header(long)), 'safetensors/high');
    assert.equal(byBytes(header(long), 100), '-', 'a 298-byte header in a 100-byte file');
  });

  it('ONNX: a small ir_version first, then ModelProto fields with their wire types and lengths', () => {
    assert.equal(byBytes(Buffer.from([0x08, 30, 0x12, 1, 0x41])), 'onnx/high');
    assert.equal(byBytes(Buffer.from([0x08, 1, 0x12, 1, 0x41])), 'onnx/high');
    assert.equal(byBytes(Buffer.from([0x08, 0, 0x12, 1, 0x41])), '-', 'ir_version 0');
    assert.equal(byBytes(Buffer.from([0x08, 31, 0x12, 1, 0x41])), '-', 'ir_version 31');
    assert.equal(byBytes(Buffer.from([0x09, 8, 0x12, 1, 0x41])), '-', 'field 1 of another wire type');
    assert.equal(byBytes(Buffer.from([0x08, 8])), '-', 'no field after the version');
    assert.equal(byBytes(Buffer.from([0x08, 8, 0x10, 1])), '-', 'field 2 as a varint');
    assert.equal(byBytes(Buffer.from([0x08, 8, 0x28, 0x81, 0x01])), 'onnx/high', 'field 5, a two-byte varint');
    assert.equal(byBytes(Buffer.from([0x08, 8, 0x12, 100, 1, 2])), '-', 'a length past the end of the file');
    assert.equal(byBytes(Buffer.from([0x08, 8, 0x12, 6, 65, 65]), 8), 'onnx/high', 'a length inside the file, past the sample');
    assert.equal(byBytes(Buffer.from([0x08, 8, 0x82, 1])), '-', 'a field number above 15 first');
    assert.equal(byBytes(Buffer.from([0x08, 8, 0x12, 1, 0x41, 0x82, 1])), '-', 'then one: the sample is not read to its end');
    assert.equal(byBytes(Buffer.concat([Buffer.from([0x08, 8, 0x3a, 50]), Buffer.alloc(3)]), 60), 'onnx/high', 'the graph decides');
    assert.equal(byBytes(Buffer.concat([Buffer.from([0x08, 8, 0x42, 2, 0, 0, 0x3a]), Buffer.alloc(3)])), 'onnx/high', 'the opsets decide');
    assert.equal(byBytes(Buffer.from([0x08, 8, 0x28, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])), '-', 'a varint of more than ten bytes');
    assert.equal(byBytes(Buffer.concat([Buffer.from([0x08, 8, 0x12, 0x80, 0x01]), Buffer.alloc(59)]), 200), 'onnx/high', 'a length of 128 in two varint bytes');
    assert.equal(byBytes(Buffer.from([0x08, 8, 0x3a, 1, 0x41, 0x01, 0x01])), 'onnx/high', 'a graph decides before what follows it');
    assert.equal(byBytes(Buffer.from([0x08, 8, 0x42, 1, 0x41, 0x01, 0x01])), 'onnx/high', 'so do the opsets');
  });

  it('PyTorch zips: TorchScript code or constants, or torch.save data, one folder deep', () => {
    assert.equal(byBytes(model.zip({ 'a/code/__torch__/m.py': 'x' })), 'torchscript/high');
    assert.equal(byBytes(model.zip({ 'a/constants.pkl': 'x' })), 'torchscript/high');
    assert.equal(byBytes(model.zip({ 'a/data.pkl': 'x', 'a/data/0': 'y' })), 'pytorch/high');
    assert.equal(byBytes(model.zip({ 'data.pkl': 'x' })), 'pytorch/high');
    assert.equal(byBytes(model.zip({ 'a/b/data.pkl': 'x' })), '-');
    assert.equal(byBytes(model.zip({ 'a/code/x.py': 'x', 'a/data.pkl.bak': 'y' })), '-');
  });

  it('zip directories: past an archive comment, only as many entries as the record says, ZIP64 markers', () => {
    const zip = Buffer.from(model.zip({ 'a/readme.md': 'x', 'a/data.pkl': 'y' }));
    const withComment = Buffer.concat([zip, Buffer.from('a comment')]);
    withComment.writeUInt16LE(9, eocdOf(zip) + 20);
    assert.equal(byBytes(withComment), 'pytorch/high');
    const oneEntry = Buffer.from(zip);
    oneEntry.writeUInt16LE(1, eocdOf(zip) + 10);
    assert.equal(byBytes(oneEntry), '-', 'the second entry is not one of the directory');
    const zip64 = Buffer.from(zip);
    zip64.writeUInt16LE(0xffff, eocdOf(zip) + 10);
    zip64.writeUInt32LE(0xffffffff, eocdOf(zip) + 16);
    assert.equal(byBytes(zip64), 'pytorch/high', 'read from the first entry in the tail');
    // A comment holding near-misses of the record's signature, each one byte off.
    const nearMisses = Buffer.from(`XK\x05\x06PX\x05\x06PKX\x06PK\x05X${'z'.repeat(30)}`, 'latin1');
    const tricky = Buffer.concat([zip, nearMisses]);
    tricky.writeUInt16LE(nearMisses.length, eocdOf(zip) + 20);
    assert.equal(byBytes(tricky), 'pytorch/high');
    // A directory more than 64 KiB into the file, yet inside the sampled tail.
    assert.equal(byBytes(model.zip({ 'a/big.bin': Buffer.alloc(70_000), 'a/data.pkl': 'x' })), 'pytorch/high');
    // A name that is no UTF-8 (written by an old tool): read, never thrown on.
    const latin = Buffer.from(model.zip({ 'a/x.txt': 'x', 'a/data.pkl': 'y' }));
    latin[latin.lastIndexOf(Buffer.from('a/x.txt')) + 2] = 0xff;
    assert.equal(byBytes(latin), 'pytorch/high');
    const noEnd = zip.subarray(0, eocdOf(zip));
    assert.equal(byBytes(Buffer.concat([noEnd, Buffer.alloc(22)])), '-');
  });
});
