// Builds DOM nodes. Data only ever becomes text (textContent) or a checked attribute, never
// markup: a title like "<script>…" must show as those characters.

/** el('a', {href: '#/x', class: 'link'}, 'text', childNode, [more]) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'href') node.setAttribute('href', safeHref(value));
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'style' && typeof value === 'object') Object.assign(node.style, value);
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

/** Only in-page routes and http(s) links; a "javascript:" URL from a document becomes inert. */
export function safeHref(url) {
  const s = String(url ?? '').trim();
  if (s.startsWith('#')) return s;
  try {
    const u = new URL(s, window.location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
  } catch {
    return '#';
  }
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

const ALLOWED_MARKS = new Set(['MARK', 'B', 'EM', 'STRONG']);

/**
 * The API sends search snippets and highlighted sentences as HTML with <mark> tags. We parse it in
 * an inert document (no scripts run, no images load there) and copy over only text and marks.
 */
export function markedText(html) {
  const fragment = document.createDocumentFragment();
  if (!html) return fragment;
  const parsed = new DOMParser().parseFromString(String(html), 'text/html');
  copyMarks(parsed.body, fragment);
  return fragment;
}

function copyMarks(from, to) {
  for (const child of from.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(child.textContent));
    } else if (child.nodeType === Node.ELEMENT_NODE && ALLOWED_MARKS.has(child.tagName)) {
      copyMarks(child, to.appendChild(document.createElement('mark')));
    } else if (child.nodeType === Node.ELEMENT_NODE && !['SCRIPT', 'STYLE'].includes(child.tagName)) {
      copyMarks(child, to);
    }
  }
}
