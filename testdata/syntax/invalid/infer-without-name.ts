// `infer` must be followed by a type parameter name.
export type Parts<T> = T extends { props: infer P; ref?: infer&R } ? [P] : never;
