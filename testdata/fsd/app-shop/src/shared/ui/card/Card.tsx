import type { ReactNode } from 'react'

export const Card = ({ children }: { children: ReactNode }) => <section className="card">{children}</section>
