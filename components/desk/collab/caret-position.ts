/** Styles that decide where text lands in an input or a textarea, copied onto the measuring copy. */
const COPIED = [
  'boxSizing',
  'width',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'lineHeight',
  'fontFamily',
  'textAlign',
  'textTransform',
  'textIndent',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
] as const;

/**
 * Where character `index` of a text input's value sits, relative to the input's border box
 * (scrolling included): a hidden copy of the input with the same font and box is laid
 * out, and a marker put at the index is measured.
 */
export function caretPosition(element: HTMLInputElement | HTMLTextAreaElement, index: number): { left: number; top: number; height: number } {
  const style = window.getComputedStyle(element);
  const copy = document.createElement('div');
  for (const property of COPIED) copy.style[property] = style[property];
  copy.style.position = 'absolute';
  copy.style.visibility = 'hidden';
  copy.style.top = '0';
  copy.style.left = '-9999px';
  copy.style.whiteSpace = element instanceof HTMLTextAreaElement ? 'pre-wrap' : 'pre';
  copy.style.overflowWrap = element instanceof HTMLTextAreaElement ? 'break-word' : 'normal';
  copy.textContent = element.value.slice(0, index);
  const marker = document.createElement('span');
  marker.textContent = element.value.slice(index) || '.';
  copy.append(marker);
  document.body.append(copy);
  const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.25;
  const position = { left: marker.offsetLeft - element.scrollLeft, top: marker.offsetTop - element.scrollTop, height: lineHeight };
  copy.remove();
  return position;
}
