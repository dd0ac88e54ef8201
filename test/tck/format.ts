/**
 * Cypher laid out for reading in the TCK snapshots: one clause per line, the body of every
 * subquery (`CALL () { ... }`, `COLLECT { ... }`, `COUNT { ... }`) on lines of its own, indented by
 * two spaces a level, and each further condition of a WHERE on a line starting with AND. Only the
 * whitespace between tokens changes (formatCypher checks it); nothing is parsed beyond brackets, so
 * a clause keyword inside parentheses, brackets or a map (`EXISTS { (a) WHERE ... }`) stays inline.
 *
 * Neo4j's own formatter (@neo4j-cypher/language-support) was tried: it wants Node 24, weighs 86 MB,
 * and broke `ORDER BY` and `LIMIT 1` over several lines inside COLLECT subqueries.
 */

interface Token {
  text: string;
  /** Whitespace stood before it in the source. */
  space: boolean;
  comment?: boolean;
}

/** Keywords that start a clause; a two-word clause (OPTIONAL MATCH, ORDER BY) starts at its first word. */
const CLAUSES = new Set(['MATCH', 'OPTIONAL', 'WHERE', 'WITH', 'UNWIND', 'CALL', 'RETURN', 'ORDER', 'SKIP', 'LIMIT', 'UNION', 'CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'FOREACH']);
/** Words after which a clause keyword is the second word of something else. */
const CONTINUES = new Set(['OPTIONAL', 'DETACH', 'STARTS', 'ENDS']);
/** A `{` followed by one of these opens a subquery (else it is a map or a pattern predicate). */
const SUBQUERY_STARTS = new Set(['MATCH', 'OPTIONAL', 'WITH', 'UNWIND', 'CALL', 'RETURN', 'CREATE', 'MERGE']);

const TOKEN = /\s+|\/\/[^\n]*|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`|[A-Za-z_$][\w$]*|[{}()[\]]|[^\s\w$'"`{}()[\]]+|\d+/gy;

export function tokenize(cypher: string): Token[] {
  const tokens: Token[] = [];
  let space = false;
  for (let at = 0; at < cypher.length; at = TOKEN.lastIndex) {
    TOKEN.lastIndex = at;
    const text = TOKEN.exec(cypher)?.[0];
    if (text === undefined) throw new Error(`cannot read Cypher at ${at}: ${cypher.slice(at, at + 20)}`);
    if (/^\s/.test(text)) space = true;
    else {
      tokens.push({ text, space, comment: text.startsWith('//') });
      space = false;
    }
  }
  return tokens;
}

interface Frame {
  /** A subquery body (laid out in lines) or a bracket, map or pattern predicate (kept inline). */
  block: boolean;
  indent: number;
  /** The clause being written in this block. */
  clause?: string;
}

class Layout {
  readonly lines: { indent: number; text: string }[] = [{ indent: 0, text: '' }];
  readonly frames: Frame[] = [{ block: true, indent: 0 }];

  get frame(): Frame {
    return this.frames.at(-1)!;
  }

  get line() {
    return this.lines.at(-1)!;
  }

  /** A new line at `indent` (the current one is reused while empty). */
  newLine(indent: number): void {
    if (this.line.text === '') this.line.indent = indent;
    else this.lines.push({ indent, text: '' });
  }

  write(token: Token): void {
    this.line.text += this.line.text !== '' && token.space ? ` ${token.text}` : token.text;
  }

  text(): string {
    return this.lines.filter((l) => l.text !== '').map((l) => ' '.repeat(l.indent) + l.text).join('\n');
  }
}

function place(layout: Layout, tokens: Token[], i: number): void {
  const token = tokens[i]!;
  const frame = layout.frame;
  const before = tokens[i - 1]?.text ?? '';
  if (token.comment) {
    layout.newLine(frame.indent);
    layout.write(token);
    layout.newLine(frame.indent);
  } else if (frame.block && CLAUSES.has(token.text) && !CONTINUES.has(before)) {
    layout.newLine(frame.indent);
    frame.clause = token.text;
    layout.write(token);
  } else if (frame.block && frame.clause === 'WHERE' && token.text === 'AND') {
    layout.newLine(frame.indent + 2);
    layout.write(token);
  } else if (token.text === '{' || token.text === '(' || token.text === '[') {
    layout.write(token);
    const block = token.text === '{' && SUBQUERY_STARTS.has(tokens[i + 1]?.text ?? '');
    layout.frames.push({ block, indent: block ? layout.line.indent + 2 : frame.indent });
    if (block) layout.newLine(layout.frame.indent);
  } else if (token.text === '}' || token.text === ')' || token.text === ']') {
    if (layout.frames.length === 1) throw new Error(`unbalanced "${token.text}"`);
    layout.frames.pop();
    if (frame.block) layout.newLine(frame.indent - 2);
    layout.write(frame.block ? { ...token, space: false } : token);
  } else {
    layout.write(token);
  }
}

/** The statement laid out for reading; throws if the layout changed anything but whitespace. */
export function formatCypher(cypher: string): string {
  const tokens = tokenize(cypher);
  const layout = new Layout();
  tokens.forEach((_t, i) => place(layout, tokens, i));
  if (layout.frames.length !== 1) throw new Error('unbalanced brackets');
  const text = layout.text();
  const words = (s: string) => tokenize(s).map((t) => t.text);
  if (words(text).join(' ') !== words(cypher).join(' ')) throw new Error('formatting changed the statement');
  return text;
}
