// esbuild skips TypeScript types loosely and accepts an index signature marked
// optional; TypeScript's parser (and so tsparse) rejects it. The imports still
// count: fsdlint takes them through esbuild.
import type { Money } from "@/shared/lib/money";
import { type Currency, type Rate } from "@/entities/currency";
import { formatPrice } from "@/shared/lib/format";
import * as analytics from "../analytics";
export type { Money } from "@/shared/lib/money";
export { convert } from "./convert";

type PriceTable = {
  [sku: string]?: Money;
};

export function priceOf(table: PriceTable, sku: string, currency: Currency, rate: Rate): string {
  analytics.track("price", { sku });
  return formatPrice(table[sku], currency, rate);
}

export const loadRates = () => import("@/entities/currency/api");
