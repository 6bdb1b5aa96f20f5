import type { ButtonHTMLAttributes } from 'react'

export const Button = (p: ButtonHTMLAttributes<HTMLButtonElement>) => <button {...p} />
