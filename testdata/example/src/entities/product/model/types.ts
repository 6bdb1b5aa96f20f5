export type Product = {
  id: string;
  title: string;
  priceCents: number;
};
