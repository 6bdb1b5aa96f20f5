export const fromVendor = 1;
