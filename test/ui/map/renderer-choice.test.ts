/** Renderer choice: sigma on hardware WebGL, SVG on software rasterisers and without WebGL, options win. */
import { describe, expect, it } from 'vitest';
import { chooseRenderer, classifyRenderer } from '../../../src/ui/map/renderer-choice.js';

describe('renderer choice', () => {
  it('recognises software rasterisers', () => {
    expect(
      classifyRenderer(
        'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      ),
    ).toBe('software');
    expect(classifyRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('software');
    expect(classifyRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe(
      'hardware',
    );
    expect(classifyRenderer(undefined)).toBe('hardware');
  });

  it('picks sigma only where it helps unless told otherwise', () => {
    expect(chooseRenderer('auto', 'hardware')).toBe('webgl');
    expect(chooseRenderer(undefined, 'hardware')).toBe('webgl');
    expect(chooseRenderer('auto', 'software')).toBe('svg');
    expect(chooseRenderer('webgl', 'software')).toBe('webgl');
    expect(chooseRenderer('webgl', 'none')).toBe('svg');
    expect(chooseRenderer('svg', 'hardware')).toBe('svg');
  });
});
