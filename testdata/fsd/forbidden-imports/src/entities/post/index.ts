export type Post = { id: string }
export const postModel = 1
