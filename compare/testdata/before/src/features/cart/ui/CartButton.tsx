import { session } from '@/features/auth/model/session';

interface CartButtonProps {
  label: string;
}

export const CartButton = ({ label }: CartButtonProps) => <button>{label} {session.user}</button>;
