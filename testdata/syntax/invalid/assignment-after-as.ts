// An assignment cannot follow an `as` type without parentheses.
declare let value: unknown;
value as string = "x";
