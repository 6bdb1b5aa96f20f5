export type Product = { id: string; title: string; price: number }
