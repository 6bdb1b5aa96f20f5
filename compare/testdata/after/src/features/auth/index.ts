export { session } from '@/entities/session';
