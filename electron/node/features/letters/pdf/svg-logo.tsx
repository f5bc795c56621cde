/** An SVG logo drawn with react-pdf's SVG elements (vector in the PDF). Unknown elements are left out. */
import { Circle, Defs, Ellipse, G, Line, LinearGradient, Path, Polygon, Polyline, RadialGradient, Rect, Stop, Svg } from '@react-pdf/renderer';
import type { ComponentType, ReactElement } from 'react';
import { svgBox, type SvgNode } from './logo.js';

const ELEMENTS: Record<string, ComponentType<any>> = {
  g: G,
  path: Path,
  rect: Rect,
  circle: Circle,
  ellipse: Ellipse,
  line: Line,
  polygon: Polygon,
  polyline: Polyline,
  defs: Defs,
  lineargradient: LinearGradient,
  radialgradient: RadialGradient,
  stop: Stop,
};

const PASS = new Set([
  'd', 'x', 'y', 'width', 'height', 'rx', 'ry', 'cx', 'cy', 'r', 'x1', 'y1', 'x2', 'y2', 'points', 'fill', 'stroke',
  'opacity', 'transform', 'id', 'offset', 'fx', 'fy', 'gradientTransform', 'gradientUnits',
]);
const CAMEL = new Set([
  'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity', 'fill-opacity', 'fill-rule', 'stop-color',
  'stop-opacity', 'stroke-dasharray', 'stroke-miterlimit',
]);
const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function props(attrs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const set = (k: string, v: string) => {
    if (PASS.has(k)) out[k] = v;
    else if (CAMEL.has(k)) out[camel(k)] = v;
  };
  for (const [k, v] of Object.entries(attrs)) if (k !== 'style') set(k, v);
  for (const decl of (attrs.style ?? '').split(';')) {
    const [k, v] = decl.split(':').map((x) => x.trim());
    if (k && v) set(k, v);
  }
  // Gradient references: only local ones (url(#id)).
  for (const k of ['fill', 'stroke']) if (out[k]?.startsWith('url(') && !/^url\(#[\w-]+\)$/.test(out[k]!)) delete out[k];
  return out;
}

function draw(node: SvgNode, key: number): ReactElement | null {
  const El = ELEMENTS[node.name];
  if (!El) return null;
  return (
    <El key={key} {...props(node.attrs)}>
      {node.children.map(draw)}
    </El>
  );
}

export function SvgLogo({ svg, height }: { svg: SvgNode; height: number }) {
  const box = svgBox(svg);
  const width = Math.min(220, (box.width / box.height) * height);
  return (
    <Svg viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`} style={{ width, height: (width / box.width) * box.height }}>
      {svg.children.map(draw)}
    </Svg>
  );
}
