/**
 * Building the report's elements. Every value from an export goes in as text (never parsed as HTML): an
 * export is data from elsewhere, and a learner's name or answer must not become markup.
 */
export type Child = Node | string | number | null | undefined | false;
type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([name, value]) => {
    if (value === undefined || value === false) return;
    node.setAttribute(name, value === true ? '' : String(value));
  });
  children.forEach((child) => {
    if (child === null || child === undefined || child === false) return;
    node.append(typeof child === 'number' ? String(child) : child);
  });
  return node;
}

/** A table with a caption and column headers; the first cell of each row is its row header. */
export function dataTable(caption: string, head: readonly string[], rows: readonly (readonly Child[])[], className = ''): HTMLElement {
  return el('div', { class: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: 0 }, [
    el('table', { class: className }, [
      el('caption', {}, [caption]),
      el('thead', {}, [el('tr', {}, head.map((c) => el('th', { scope: 'col' }, [c])))]),
      el(
        'tbody',
        {},
        rows.map((r) => el('tr', {}, r.map((cell, i) => (i === 0 ? el('th', { scope: 'row' }, [cell]) : el('td', {}, [cell]))))),
      ),
    ]),
  ]);
}
