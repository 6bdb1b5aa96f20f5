let token = '';

export const session = { user: 'me', token };
