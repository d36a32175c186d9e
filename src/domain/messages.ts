import type { z } from 'zod';

const kindOf = (v: unknown) =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'an object'
        : typeof v;

const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/**
 * Plain-language messages for validation problems, so an error names the field and says what
 * would be accepted ("must be at most 10", "must be one of: left, right, …"). Falls back to
 * zod's own message for anything not listed.
 */
export const plainMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${KIND[issue.expected] ?? issue.expected}, not ${kindOf(issue.input)}`;
    case 'too_big': {
      const limit = String(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set')
        return `must have at most ${limit} items`;
      if (issue.origin === 'string') return `must be at most ${limit} characters`;
      return `must be at most ${limit}`;
    }
    case 'too_small': {
      const limit = String(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set')
        return `must have at least ${limit} items`;
      if (issue.origin === 'string')
        return issue.minimum === 1 ? 'must not be empty' : `must be at least ${limit} characters`;
      return `must be at least ${limit}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of: ${issue.values.join(', ')}`;
    default:
      return undefined;
  }
};
