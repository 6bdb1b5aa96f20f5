// A typical Feature-Sliced Design feature: UI component with hooks, a form and type imports.
import { memo, useCallback, useMemo, useState, type FormEvent, type ReactNode } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { User, UserId } from "@/entities/user";
import { UserAvatar } from "@/entities/user";
import { Button, Input } from "@/shared/ui";
import { cn } from "@/shared/lib/classnames";
import styles from "./AddToCart.module.css";
import { addToCart } from "../api/addToCart";
import type { CartItem } from "../model/types";

interface AddToCartProps {
  user: User;
  productId: string;
  disabled?: boolean;
  children?: ReactNode;
  onAdded?(item: CartItem): void;
}

type Status = "idle" | "pending" | "done" | { error: string };

export const AddToCart = memo(function AddToCart({ user, productId, disabled = false, onAdded, children }: AddToCartProps) {
  const [quantity, setQuantity] = useState<number>(1);
  const [status, setStatus] = useState<Status>("idle");
  const queryClient = useQueryClient();
  const owner: UserId = user.id;

  const mutation = useMutation({
    mutationFn: (q: number) => addToCart({ productId, quantity: q, owner }),
    onSuccess: async (item) => {
      await queryClient.invalidateQueries({ queryKey: ["cart", owner] as const });
      setStatus("done");
      onAdded?.(item);
    },
    onError: (e: unknown) => setStatus({ error: e instanceof Error ? e.message : String(e) }),
  });

  const submit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      setStatus("pending");
      mutation.mutate(quantity);
    },
    [mutation, quantity],
  );

  const label = useMemo(() => (typeof status === "object" ? status.error : status === "done" ? "Added ✓" : "Add to cart"), [status]);

  return (
    <form className={cn(styles.root, disabled && styles.disabled)} onSubmit={submit}>
      <UserAvatar user={user} size="sm" />
      <Input type="number" min={1} value={quantity} onChange={(e) => setQuantity(Number(e.currentTarget.value) || 1)} />
      <Button type="submit" disabled={disabled || status === "pending"}>
        {label}
      </Button>
      {children}
    </form>
  );
});

export default AddToCart;
export type { AddToCartProps };
