export const http = (path: string) => fetch(path)
