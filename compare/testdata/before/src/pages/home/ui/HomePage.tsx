import { CartButton } from '@/features/cart/ui/CartButton';

interface Props {
  title: string;
}

export const HomePage = ({ title }: Props) => <CartButton label={title} />;
