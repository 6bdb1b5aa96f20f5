// A keyword used as a variable name.
const class = 1;
