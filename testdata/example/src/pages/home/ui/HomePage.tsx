import { Header } from "@/widgets/header";
import { AddToCart } from "@/features/cart";
import { ProductCard } from "@/entities/product";

export function HomePage() {
  return (
    <main>
      <Header />
      <ProductCard id="p-1" />
      <AddToCart productId="p-1" />
    </main>
  );
}
