export const Page = 'admin';
