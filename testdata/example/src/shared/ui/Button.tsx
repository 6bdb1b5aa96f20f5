import type { ButtonHTMLAttributes } from "react";

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement>;

export function Button({ type = "button", ...props }: ButtonProps) {
  // eslint-disable-next-line react/button-has-type -- the type comes from the caller
  return <button type={type} {...props} />;
}
