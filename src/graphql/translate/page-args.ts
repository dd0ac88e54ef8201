/**
 * The page a nested connection field asks for (`Theme.recommendations(first: 5, after: "...")`),
 * read from the query itself, since a projection is compiled before the field's resolver runs:
 * literals, variables (the request's, already coerced) and the schema's defaults, validated like a
 * root field's `first` and `after` (BAD_USER_INPUT naming the argument).
 */
import type { FieldNode, ValueNode } from 'graphql';
import { parseArgs } from '../errors.ts';
import { PageOnlyArgs } from '../args.ts';
import { offsetAfter } from '../pagination.ts';
import type { ObjectTypeLike, SelectionContext } from './selection.ts';

export interface Page {
  offset: number;
  first: number;
}

interface ArgumentLike {
  name: string;
  defaultValue?: unknown;
}

function literal(value: ValueNode, ctx: SelectionContext): unknown {
  switch (value.kind) {
    case 'Variable':
      ctx.readVariables = true;
      return ctx.variables[value.name.value];
    case 'IntValue':
      return Number(value.value);
    case 'StringValue':
      return value.value;
    case 'NullValue':
      return null;
    case 'ListValue':
      return value.values.map((v) => literal(v, ctx));
    default:
      // Anything else fails validation before execution; let the schema's check name it.
      return undefined;
  }
}

/**
 * The value of a field's argument as execution will see it: the literal, the variable's value,
 * else the schema's default (undefined when none). Lists and objects are not read (no size
 * depends on them).
 */
export function argumentValue(ctx: SelectionContext, definition: unknown, node: FieldNode, name: string): unknown {
  const given = node.arguments?.find((a) => a.name.value === name);
  const v = given ? literal(given.value, ctx) : undefined;
  if (v !== undefined) return v;
  return (definition as { args?: readonly ArgumentLike[] } | undefined)?.args?.find((a) => a.name === name)?.defaultValue;
}

/** The `first` and `after` of a connection field selected on `parent`, as an offset and a size. */
export function fieldPage(ctx: SelectionContext, parent: ObjectTypeLike, node: FieldNode): Page {
  const definition = parent.getFields()[node.name.value];
  const args = parseArgs(PageOnlyArgs, { first: argumentValue(ctx, definition, node, 'first'), after: argumentValue(ctx, definition, node, 'after') });
  return { offset: offsetAfter(args.after), first: args.first };
}
