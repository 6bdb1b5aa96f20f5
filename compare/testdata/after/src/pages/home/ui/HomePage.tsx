// Home page: the landing screen.
// Migrated to FSD public APIs.
import { CartButton } from '@/features/cart';

interface Props {
  title: string;
}

export const HomePage = ({ title }: Props) => <CartButton label={title} />;
