export const isEmail = (s: string) => /.+@.+/.test(s)
