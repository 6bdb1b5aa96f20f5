export const Page = 'web';
