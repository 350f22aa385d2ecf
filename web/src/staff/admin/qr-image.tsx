import { createMemo } from 'solid-js';
import { encodeQr, qrPath } from './qr';

/**
 * A QR code as inline SVG (no image request, nothing for the CSP to allow), with its quiet zone
 * and crisp edges at any size. Level M survives a scuffed or creased poster.
 */
export function QrImage(props: { text: string; label: string; class?: string }) {
  const qr = createMemo(() => encodeQr(props.text, { ecc: 'M' }));
  const side = () => qr().size + 8;
  return (
    <svg
      class={`qr ${props.class ?? ''}`}
      viewBox={`0 0 ${side()} ${side()}`}
      role="img"
      aria-label={props.label}
      shape-rendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
      data-qr-text={props.text}
    >
      <rect width={side()} height={side()} fill="#fff" />
      <path d={qrPath(qr())} fill="#000" />
    </svg>
  );
}
