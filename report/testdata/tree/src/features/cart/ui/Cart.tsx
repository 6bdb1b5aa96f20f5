import { login } from "@/features/auth/model/session";

export const Cart = () => <p title="ÄÖ 😀">Gesamt: {total} €</p>;
