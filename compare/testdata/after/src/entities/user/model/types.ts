import { session } from '@/features/auth';

interface User {
  id: string;
}

interface Address {
  street: string;
}

export const owner = session.user;
export type { User, Address };
