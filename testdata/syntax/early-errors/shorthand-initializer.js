// Early error: a shorthand property with an initializer outside a pattern.
export const options = ({ retries = 3 });
