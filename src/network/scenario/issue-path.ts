/**
 * JSON paths as users read them: `edges[3].lengthKm`, `nodes[0].overrides.t2S`, `metadata["odd key"]`.
 * The same form is used by every validation issue in qnet-planner (see core/errors.ts ValidationIssue).
 */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Formats a path of object keys and array indices; the empty path (the document root) is ''. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else {
      const key = String(segment);
      if (IDENTIFIER.test(key)) text += text === '' ? key : `.${key}`;
      else text += `[${JSON.stringify(key)}]`;
    }
  }
  return text;
}

/** Joins a base path and a relative path, e.g. (`edges[3]`, `lengthKm`) -> `edges[3].lengthKm`. */
export function joinIssuePath(base: string, ...rest: readonly PropertyKey[]): string {
  const tail = formatIssuePath(rest);
  if (base === '') return tail;
  if (tail === '' || tail.startsWith('[')) return base + tail;
  return `${base}.${tail}`;
}
