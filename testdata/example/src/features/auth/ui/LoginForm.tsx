import { useState } from "react";
import { Button } from "@/shared/ui";
// Violation: a feature must not import another feature (cross-import).
import { cartSize } from "@/features/cart";
import { login } from "../model/session";

export function LoginForm() {
  const [name, setName] = useState("");
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        login({ id: "u-1", name, email: `${name}@example.com` });
      }}
    >
      <input value={name} onChange={(event) => setName(event.target.value)} />
      <Button type="submit">Log in ({cartSize()} items in cart)</Button>
    </form>
  );
}
