export const e = 1;
export const lazy = () => import('./f'); // want "Dependency cycle"
