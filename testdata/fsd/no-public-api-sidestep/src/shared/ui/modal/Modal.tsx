export const Modal = 1
