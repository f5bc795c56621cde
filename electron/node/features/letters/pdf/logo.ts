/**
 * Logo bytes: recognised by their magic bytes (PNG signature, or XML text whose first element
 * is <svg>), never by a file name or a declared type. SVG is turned into react-pdf's own SVG
 * elements (svg-logo.tsx) from a small, safe subset: shapes, paths, groups, gradients; no
 * scripts, no external references, no text.
 */
import type { LogoType } from '../../../../../shared/api/letters.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface SvgNode {
  name: string;
  attrs: Record<string, string>;
  children: SvgNode[];
}

export function sniffLogo(data: Buffer): LogoType | null {
  if (data.length > 24 && data.subarray(0, 8).equals(PNG_SIGNATURE) && data.toString('latin1', 12, 16) === 'IHDR') {
    return 'image/png';
  }
  return parseSvg(data) ? 'image/svg+xml' : null;
}

/** Width and height from the PNG's IHDR chunk. */
export function pngSize(data: Buffer): { width: number; height: number } {
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The SVG's element tree, or null when the bytes are not an SVG document. */
export function parseSvg(data: Buffer): SvgNode | null {
  if (data.includes(0)) return null;
  let text = data.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Before the root element only an XML declaration, comments, a doctype and white space may come.
  const head = text.replace(/^(\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i, '');
  if (!/^<svg[\s>]/i.test(head)) return null;
  const body = head.replace(/<!--[\s\S]*?-->/g, '');
  const root: SvgNode = { name: '#root', attrs: {}, children: [] };
  const stack: SvgNode[] = [root];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(body); m; m = TAG.exec(body)) {
    const [, closing, rawName, rawAttrs, selfClosing] = m;
    const name = rawName!.toLowerCase();
    if (closing) {
      if (stack.length > 1 && stack[stack.length - 1]!.name === name) stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    ATTR.lastIndex = 0;
    for (let a = ATTR.exec(rawAttrs ?? ''); a; a = ATTR.exec(rawAttrs ?? '')) attrs[a[1]!] = a[2] ?? a[3] ?? '';
    const node: SvgNode = { name, attrs, children: [] };
    stack[stack.length - 1]!.children.push(node);
    if (!selfClosing) stack.push(node);
  }
  const svg = root.children[0];
  return svg && svg.name === 'svg' ? svg : null;
}

/** The SVG's intrinsic size: the viewBox, else width/height, else a square. */
export function svgBox(svg: SvgNode): { x: number; y: number; width: number; height: number } {
  const vb = (svg.attrs.viewBox ?? svg.attrs.viewbox ?? '').split(/[\s,]+/).map(Number);
  if (vb.length === 4 && vb.every(Number.isFinite) && vb[2]! > 0 && vb[3]! > 0) {
    return { x: vb[0]!, y: vb[1]!, width: vb[2]!, height: vb[3]! };
  }
  const w = parseFloat(svg.attrs.width ?? '');
  const h = parseFloat(svg.attrs.height ?? '');
  return { x: 0, y: 0, width: w > 0 ? w : 100, height: h > 0 ? h : 100 };
}
